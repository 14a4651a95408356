using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PaymentGateway.Checkout.Contracts;
using PaymentGateway.Modularity.Messaging;
using PaymentGateway.Settlement.Delivery;
using PaymentGateway.Settlement.Ledger;
using PaymentGateway.Settlement.Persistence;
using PaymentGateway.Settlement.Proofs;

namespace PaymentGateway.Settlement.Features.CreditCheckout;

/// <summary>
/// Credits the caller of /checkout/create for a paid session and delivers our proof to it (docs/protocol.md, Transfer proofs; Proof delivery).
/// The credit, the proof and the pending delivery are one settlement transaction, deduplicated by the inbox; the
/// first delivery attempt follows right after the commit so that the MG normally has the proof before the customer
/// is redirected. Delivery problems never escape: they are retried from the deliveries table.
/// </summary>
internal sealed partial class CheckoutCompletedHandler(
    SettlementDbContext db,
    LedgerWriter ledger,
    ProofIssuer issuer,
    DeliveryRunner runner,
    DeliveryScheduler scheduler,
    IOptions<DeliveryOptions> options,
    TimeProvider clock,
    ILogger<CheckoutCompletedHandler> logger) : IIntegrationEventHandler<CheckoutCompleted>
{
    public const string Consumer = "settlement.credit-checkout";

    public async Task HandleAsync(CheckoutCompleted integrationEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(integrationEvent);
        var pending = await CreditAsync(integrationEvent, cancellationToken);
        if (pending is not null)
            await TryFirstDeliveryAsync(pending, cancellationToken);
    }

    private async Task<PendingDelivery?> CreditAsync(CheckoutCompleted completed, CancellationToken cancellationToken)
    {
        // No amount check here: the event's OpenchargeAmount cannot hold a value the ledger would round, and an outbox
        // row that does not parse as one stays in the outbox with its error, retried and visible, never half-applied.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var now = clock.GetUtcNow();
        if (!await db.TryRecordInboxAsync(completed.EventId, Consumer, now, cancellationToken))
        {
            LogDuplicateEvent(logger, completed.EventId, completed.SessionId);
            return null;
        }

        var txid = TransactionIds.New();
        var memo = "Payment for " + completed.OrderId;
        var credit = new CheckoutCredit(completed.SessionId, completed.EventId, txid, completed.CallerOcid, completed.Amount, completed.Currency, memo, now);
        if (!await ledger.TryPostAsync(credit, cancellationToken))
        {
            // Another event for the same session: the unique session id kept it to one credit. Keep the inbox row.
            LogAlreadyCredited(logger, completed.SessionId, completed.EventId);
            await transaction.CommitAsync(cancellationToken);
            return null;
        }

        var proof = issuer.Issue(completed, txid, now);
        // The proof and its pending delivery in one batch: one round trip, no EF savepoint.
        await db.ExecuteBatchAsync(cancellationToken,
            ProofInsert.Of(new ProofRecord
            {
                Txid = txid, SessionId = completed.SessionId, EventId = completed.EventId, RecipientOcid = completed.CallerOcid,
                ProofJson = proof.CanonicalJson, Signature = proof.Signature, IssuedAt = now,
            }),
            DeliveryInsert.Pending(txid, completed.CallerOcid, options.Value.MaxAttempts, now));
        await transaction.CommitAsync(cancellationToken);
        LogCredited(logger, completed.SessionId, txid, completed.CallerOcid, completed.Amount.Text, completed.Currency);
        return new PendingDelivery(txid, completed.CallerOcid, completed.SessionId);
    }

    private async Task TryFirstDeliveryAsync(PendingDelivery pending, CancellationToken cancellationToken)
    {
        try
        {
            var result = await runner.AttemptAsync(pending.Txid, DeliveryTriggers.First, null, options.Value.FirstAttemptTimeout, cancellationToken);
            if (result.Status == DeliveryRunStatus.RetryScheduled)
                scheduler.ScheduleRetry(pending.Txid, pending.RecipientOcid, result.NextAttemptAt!.Value);
        }
#pragma warning disable CA1031 // The credit is committed; any failure here is left to the resume sweep, never to the outbox.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            LogFirstDeliveryFailed(logger, exception, pending.Txid, pending.SessionId, pending.RecipientOcid);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Event {EventId} for session {SessionId} was already applied; nothing to do")]
    private static partial void LogDuplicateEvent(ILogger logger, Guid eventId, string sessionId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Session {SessionId} was already credited; event {EventId} ignored")]
    private static partial void LogAlreadyCredited(ILogger logger, string sessionId, Guid eventId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Session {SessionId} credited to OCID {Ocid}: {Amount} {Currency}, proof {Txid}")]
    private static partial void LogCredited(ILogger logger, string sessionId, string txid, long ocid, string amount, string currency);

    [LoggerMessage(Level = LogLevel.Warning, Message = "First delivery of proof {Txid} (session {SessionId}) to OCID {Ocid} failed; the resume sweep will retry it")]
    private static partial void LogFirstDeliveryFailed(ILogger logger, Exception exception, string txid, string sessionId, long ocid);
}
