using Hangfire;

namespace PaymentGateway.Checkout.Features.ExpireSessions;

/// <summary>
/// The delayed job of one expiry window: runs when the window closes and expires its sessions (and any other due
/// one). Paid or cancelled sessions are left alone by the conditional update.
/// </summary>
internal sealed class ExpireCheckoutsDueJob(DueSessionSweeper sweeper)
{
    [Queue("checkout")]
    [JobDisplayName("Expire checkouts due by {0}")]
    [AutomaticRetry(Attempts = 3, OnAttemptsExceeded = AttemptsExceededAction.Delete)] // the minutely sweep is the fallback
    public Task<int> RunAsync(DateTimeOffset dueBy, CancellationToken cancellationToken) =>
        sweeper.ExpireAllDueAsync(cancellationToken);
}
