using System.Buffers;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace PaymentGateway.Checkout;

/// <summary>
/// Every log line written while serving <c>/pay/{sessionId}/...</c> carries <c>SessionId</c>, so one customer's
/// checkout can be followed through the logs. Only something shaped like one of our ids
/// (<c>cs_</c> + hex) is put in the scope.
/// </summary>
internal sealed class SessionLogScopeMiddleware(RequestDelegate next, ILogger<SessionLogScopeMiddleware> logger)
{
    private static readonly SearchValues<char> IdCharacters = SearchValues.Create("abcdefghijklmnopqrstuvwxyz0123456789_");

    public async Task InvokeAsync(HttpContext context)
    {
        var sessionId = SessionIdFrom(context.Request.Path);
        if (sessionId is null)
        {
            await next(context);
            return;
        }
        using (logger.BeginScope(new Dictionary<string, object?> { ["SessionId"] = sessionId }))
            await next(context);
    }

    private static string? SessionIdFrom(PathString path)
    {
        if (!path.StartsWithSegments(HostedPagePaths.PagePrefix, StringComparison.OrdinalIgnoreCase, out var rest) || !rest.HasValue)
            return null;
        var segment = rest.Value.AsSpan(1);
        var end = segment.IndexOf('/');
        var id = end < 0 ? segment : segment[..end];
        // Session ids are cs_ + hex (SessionIds); /pay/assets/... and junk are not sessions.
        return id.Length <= 64 && id.StartsWith("cs_", StringComparison.Ordinal) && !id.ContainsAnyExcept(IdCharacters) ? id.ToString() : null;
    }
}
