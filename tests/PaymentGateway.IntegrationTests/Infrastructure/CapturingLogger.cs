using Microsoft.Extensions.Logging;

namespace PaymentGateway.IntegrationTests.Infrastructure;

internal sealed class CapturingLogger(string category, LogCapture capture) : ILogger
{
    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => capture.Scopes.Push(state);

    public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        var scopes = new List<KeyValuePair<string, object?>>();
        capture.Scopes.ForEachScope((scope, list) =>
        {
            if (scope is IEnumerable<KeyValuePair<string, object?>> values)
                list.AddRange(values);
            else if (scope is not null)
                list.Add(new KeyValuePair<string, object?>("Scope", scope.ToString()));
        }, scopes);
        var values = state as IEnumerable<KeyValuePair<string, object?>> ?? [];
        capture.Add(new CapturedLog(category, logLevel, formatter(state, exception), [.. values], scopes, exception?.ToString()));
    }
}
