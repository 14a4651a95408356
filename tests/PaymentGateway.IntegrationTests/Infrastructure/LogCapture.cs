using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace PaymentGateway.IntegrationTests.Infrastructure;

/// <summary>
/// An <see cref="ILoggerProvider"/> that keeps every line a gateway logs, with the active scopes (the console
/// formatters read scopes the same way). Register it with <c>services.AddSingleton&lt;ILoggerProvider&gt;(capture)</c>.
/// </summary>
public sealed class LogCapture : ILoggerProvider, ISupportExternalScope
{
    private readonly ConcurrentQueue<CapturedLog> _lines = new();
    private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();

    public IReadOnlyList<CapturedLog> Lines => [.. _lines];

    public ILogger CreateLogger(string categoryName) => new CapturingLogger(categoryName, this);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

    internal IExternalScopeProvider Scopes => _scopes;

    internal void Add(CapturedLog line) => _lines.Enqueue(line);

    public void Dispose()
    {
    }
}
