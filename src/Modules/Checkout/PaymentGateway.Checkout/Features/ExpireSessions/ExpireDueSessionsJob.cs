using Hangfire;
using Microsoft.Extensions.Logging;

namespace PaymentGateway.Checkout.Features.ExpireSessions;

/// <summary>
/// Expires due checkout sessions, in two ways that call the same sweeper: the recurring sweep
/// (<c>checkout:expire-sessions</c>, every minute and at start-up), which expires whatever the delayed jobs missed (a
/// host down at the time, a job lost), and the delayed job of one expiry window (<see cref="ExpiryScheduler"/>), which
/// runs when the window closes. Paid or cancelled sessions are left alone by the conditional update, so both are safe
/// on several hosts at once.
/// </summary>
internal sealed partial class ExpireDueSessionsJob(
    DueSessionSweeper sweeper,
    ExpiryWindowStore windows,
    ILogger<ExpireDueSessionsJob> logger)
{
    public const string RecurringJobId = "checkout:expire-sessions";

    /// <summary>Window claims closed over an hour ago (far beyond any clock skew between hosts) are forgotten.</summary>
    private static readonly TimeSpan WindowClaimRetention = TimeSpan.FromHours(1);

    /// <summary>The recurring sweep.</summary>
    [Queue("checkout")]
    [JobDisplayName("Expire due sessions")]
    [DisableConcurrentExecution(timeoutInSeconds: 60)]
    [AutomaticRetry(Attempts = 0)] // runs again within a minute anyway
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var total = await sweeper.ExpireAllDueAsync(cancellationToken);
        if (total > 0)
            LogSwept(logger, total);
        return total;
    }

    /// <summary>
    /// The delayed job of the window that closes at <paramref name="dueBy"/>: expires its sessions (and any other due
    /// one), then forgets old window claims so <c>checkout.expiry_windows</c> stays small.
    /// </summary>
    [Queue("checkout")]
    [JobDisplayName("Expire sessions due by {0}")]
    [AutomaticRetry(Attempts = 3, OnAttemptsExceeded = AttemptsExceededAction.Delete)] // the minutely sweep is the fallback
    public async Task<int> RunWindowAsync(DateTimeOffset dueBy, CancellationToken cancellationToken)
    {
        var expired = await sweeper.ExpireAllDueAsync(cancellationToken);
        await windows.PurgeBeforeAsync(dueBy - WindowClaimRetention, cancellationToken);
        return expired;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Expiry sweep expired {Count} checkout sessions")]
    private static partial void LogSwept(ILogger logger, int count);
}
