using Microsoft.EntityFrameworkCore;
using PaymentGateway.Checkout.Contracts;
using PaymentGateway.Checkout.Payments;
using PaymentGateway.Checkout.Persistence;
using PaymentGateway.Modularity.Messaging;
using PaymentGateway.Opencharge.Amounts;

namespace PaymentGateway.Checkout.Features.HostedPage;

/// <summary>
/// The single place a session becomes completed: one conditional UPDATE (pending and not expired) and the
/// <see cref="CheckoutCompleted"/> outbox row, in one transaction. Whatever the number of concurrent submits, the row
/// lock lets exactly one UPDATE match; every other sees 0 rows and writes no event.
/// </summary>
internal sealed class PaymentCompleter(CheckoutDbContext db, TimeProvider clock, CheckoutMetrics metrics)
{
    /// <param name="amount">The session's amount as parsed before the charge: the event carries what was charged.</param>
    /// <returns>The id of the event written, or null when the session was no longer payable.</returns>
    public async Task<Guid?> TryCompleteAsync(CheckoutSession session, OpenchargeAmount amount, string paymentId, CardDetails card, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var brand = card.Brand;
        var last4 = card.Last4;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var updated = await db.Sessions
            .Where(s => s.Id == session.Id && s.Status == SessionStatus.Pending && s.ExpiresAt > now)
            .ExecuteUpdateAsync(set => set
                .SetProperty(s => s.Status, SessionStatus.Completed)
                .SetProperty(s => s.CompletedAt, now)
                .SetProperty(s => s.EndedAt, now)
                .SetProperty(s => s.PaymentId, paymentId)
                .SetProperty(s => s.CardBrand, brand)
                .SetProperty(s => s.CardLast4, last4), cancellationToken);
        if (updated == 0)
            return null;

        var completed = new CheckoutCompleted(Guid.NewGuid(), now, session.Id, paymentId, session.CallerOcid,
            session.MerchantOcid, session.OrderId, amount, session.Currency);
        db.AddIntegrationEvent(completed);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        metrics.SessionsCompleted.Add(1);
        // The inline relay runs on this same scoped context next; it must read the outbox row, not our tracked copy.
        db.ChangeTracker.Clear();
        return completed.EventId;
    }
}
