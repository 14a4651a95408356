using Hangfire;

namespace PaymentGateway.Checkout.Features.ExpireSessions;

/// <summary>
/// The delayed job of one expiry window: runs when the window closes and expires its sessions (and any other due
/// one). Paid or cancelled sessions are left alone by the conditional update. It also forgets the claims of windows
/// closed over an hour ago (far beyond any clock skew between hosts), so <c>checkout.expiry_windows</c> stays small.
/// </summary>
internal sealed class ExpireCheckoutsDueJob(DueSessionSweeper sweeper, ExpiryWindowStore windows)
{
    private static readonly TimeSpan WindowClaimRetention = TimeSpan.FromHours(1);

    [Queue("checkout")]
    [JobDisplayName("Expire checkouts due by {0}")]
    [AutomaticRetry(Attempts = 3, OnAttemptsExceeded = AttemptsExceededAction.Delete)] // the minutely sweep is the fallback
    public async Task<int> RunAsync(DateTimeOffset dueBy, CancellationToken cancellationToken)
    {
        var expired = await sweeper.ExpireAllDueAsync(cancellationToken);
        await windows.PurgeBeforeAsync(dueBy - WindowClaimRetention, cancellationToken);
        return expired;
    }
}
