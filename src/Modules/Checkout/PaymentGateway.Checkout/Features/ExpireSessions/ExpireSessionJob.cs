using Hangfire;
using Microsoft.Extensions.Logging;

namespace PaymentGateway.Checkout.Features.ExpireSessions;

/// <summary>The delayed job scheduled for each session at its <c>expires_at</c>. Does nothing if it was paid or cancelled.</summary>
internal sealed partial class ExpireSessionJob(SessionExpirer expirer, ILogger<ExpireSessionJob> logger)
{
    [Queue("checkout")]
    [JobDisplayName("Expire checkout {0}")]
    [AutomaticRetry(Attempts = 3, OnAttemptsExceeded = AttemptsExceededAction.Delete)] // the sweep is the fallback
    public async Task RunAsync(string sessionId, CancellationToken cancellationToken)
    {
        var lag = await expirer.ExpireAsync(sessionId, cancellationToken);
        if (lag is { } late)
            LogExpired(logger, sessionId, late.TotalSeconds);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Checkout {SessionId} expired {LagSeconds:F1} s after its expiry")]
    private static partial void LogExpired(ILogger logger, string sessionId, double lagSeconds);
}
