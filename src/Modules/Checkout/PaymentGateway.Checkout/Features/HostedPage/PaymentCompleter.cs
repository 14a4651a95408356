using Microsoft.EntityFrameworkCore;
using PaymentGateway.Checkout.Contracts;
using PaymentGateway.Checkout.Payments;
using PaymentGateway.Checkout.Persistence;
using PaymentGateway.Modularity.Messaging;
using PaymentGateway.Opencharge.Amounts;

namespace PaymentGateway.Checkout.Features.HostedPage;

/// <summary>
/// The single place a session becomes completed: one conditional UPDATE (still charging, by this very attempt) and
/// the <see cref="CheckoutCompleted"/> outbox row, in one transaction. Only the attempt holding the claim can match,
/// and only once; the expiry cannot have intervened (it leaves charging sessions alone) because the money may have
/// moved. Used by the pay handler and by the resolver of attempts whose host died.
/// </summary>
internal sealed class PaymentCompleter(CheckoutDbContext db, TimeProvider clock, CheckoutMetrics metrics)
{
    /// <param name="amount">The session's amount as parsed before the charge: the event carries what was charged.</param>
    /// <param name="lease">Given when the caller relays the event itself right after the commit: the event gets the
    /// lease's message id and is written already claimed by it.</param>
    /// <returns>The event written, or null when this attempt no longer held the session.</returns>
    public async Task<CheckoutCompleted?> TryCompleteAsync(CheckoutSession session, OpenchargeAmount amount, PaymentAttempt attempt,
        OutboxLease? lease, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var paymentId = attempt.PaymentId;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var updated = await db.Sessions
            .Where(s => s.Id == session.Id && s.Status == SessionStatus.Charging && s.Attempts == attempt.Number)
            .ExecuteUpdateAsync(set => set
                .SetProperty(s => s.Status, SessionStatus.Completed)
                .SetProperty(s => s.CompletedAt, now)
                .SetProperty(s => s.EndedAt, now)
                .SetProperty(s => s.PaymentId, paymentId)
                .SetProperty(s => s.ClaimExpiresAt, (DateTimeOffset?)null), cancellationToken);
        if (updated == 0)
            return null;

        var completed = new CheckoutCompleted(lease?.MessageId ?? Guid.NewGuid(), now, session.Id, paymentId, session.CallerOcid,
            session.MerchantOcid, session.OrderId, amount, session.Currency);
        db.AddIntegrationEvent(completed, lease);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        metrics.SessionsCompleted.Add(1);
        return completed;
    }
}
