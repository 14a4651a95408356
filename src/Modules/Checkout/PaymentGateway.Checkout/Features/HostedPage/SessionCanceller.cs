using Microsoft.EntityFrameworkCore;
using PaymentGateway.Checkout.Persistence;

namespace PaymentGateway.Checkout.Features.HostedPage;

/// <summary>The customer gives up: pending (and not expired) becomes cancelled, in one conditional UPDATE.</summary>
internal sealed class SessionCanceller(CheckoutDbContext db, TimeProvider clock, CheckoutMetrics metrics)
{
    public async Task<bool> TryCancelAsync(string sessionId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var updated = await db.Sessions
            .Where(s => s.Id == sessionId && s.Status == SessionStatus.Pending && s.ExpiresAt > now)
            .ExecuteUpdateAsync(set => set
                .SetProperty(s => s.Status, SessionStatus.Cancelled)
                .SetProperty(s => s.EndedAt, now), cancellationToken);
        if (updated == 1)
            metrics.SessionsCancelled.Add(1);
        return updated == 1;
    }
}
