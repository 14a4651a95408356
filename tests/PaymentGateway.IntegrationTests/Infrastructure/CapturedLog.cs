using Microsoft.Extensions.Logging;

namespace PaymentGateway.IntegrationTests.Infrastructure;

/// <summary>One log line as a provider received it: the formatted message, its structured values and its scopes.</summary>
public sealed record CapturedLog(
    string Category,
    LogLevel Level,
    string Message,
    IReadOnlyList<KeyValuePair<string, object?>> Values,
    IReadOnlyList<KeyValuePair<string, object?>> Scopes,
    string? Exception)
{
    /// <summary>Everything a sink could write for this line, to search for things that must never be logged.</summary>
    public string AllText => string.Join('\n', [Category, Message, Exception ?? "",
        .. Values.Select(v => $"{v.Key}={v.Value}"), .. Scopes.Select(s => $"{s.Key}={s.Value}")]);
}
