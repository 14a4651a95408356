using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PaymentGateway.Checkout.Contracts;
using PaymentGateway.Modularity.Messaging;
using PaymentGateway.Settlement.Delivery;
using PaymentGateway.Settlement.Ledger;
using PaymentGateway.Settlement.Proofs;

namespace PaymentGateway.Settlement.Features.CreditCheckout;

/// <summary>
/// Credits the caller of /checkout/create for a paid session and delivers our proof to it (docs/protocol.md, Transfer proofs; Proof delivery).
/// The credit, the proof and the pending delivery are one settlement statement (<see cref="CheckoutCreditStatement"/>),
/// deduplicated by the inbox; the first delivery attempt follows right after the commit, under the lease the delivery
/// was written with, so that the MG normally has the proof before the customer is redirected. Delivery problems never escape: they are retried from the deliveries table.
/// </summary>
internal sealed partial class CheckoutCompletedHandler(
    LedgerAccounts accounts,
    CheckoutCreditStatement credits,
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
        var claim = await CreditAsync(integrationEvent, cancellationToken);
        if (claim is not null)
            await TryFirstDeliveryAsync(claim, integrationEvent.SessionId, cancellationToken);
    }

    /// <returns>The first delivery attempt's lease, or null when nothing was credited (the event or the session was before).</returns>
    private async Task<DeliveryClaim?> CreditAsync(CheckoutCompleted completed, CancellationToken cancellationToken)
    {
        // No amount check here: the event's OpenchargeAmount cannot hold a value the ledger would round, and an outbox
        // row that does not parse as one stays in the outbox with its error, retried and visible, never half-applied.
        var now = clock.GetUtcNow();
        var txid = TransactionIds.New();
        var credit = new CheckoutCredit(completed.SessionId, completed.EventId, txid, completed.CallerOcid, completed.Amount, completed.Currency,
            "Payment for " + completed.OrderId, now);
        var debitAccount = await accounts.IdOfAsync(AccountRef.CustomerClearing, credit.Currency, now, cancellationToken);
        var creditAccount = await accounts.IdOfAsync(AccountRef.Partner(credit.PartnerOcid), credit.Currency, now, cancellationToken);
        // Signed before the statement knows whether the event is new: a repeated event (rare) costs one signature for nothing.
        var proof = issuer.Issue(completed, txid, now);
        var settings = options.Value;
        var outcome = await credits.ExecuteAsync(credit, Consumer, debitAccount, creditAccount, proof, settings.MaxAttempts, now + settings.Lease,
            cancellationToken);
        switch (outcome)
        {
            case CreditOutcome.AppliedBefore:
                LogDuplicateEvent(logger, completed.EventId, completed.SessionId);
                return null;
            case CreditOutcome.SessionCreditedBefore:
                LogAlreadyCredited(logger, completed.SessionId, completed.EventId);
                return null;
            default:
                LogCredited(logger, completed.SessionId, txid, completed.CallerOcid, completed.Amount.Text, completed.Currency);
                return new DeliveryClaim(txid, completed.CallerOcid, Attempt: 1, settings.MaxAttempts, proof.CanonicalJson, proof.Signature, now);
        }
    }

    private async Task TryFirstDeliveryAsync(DeliveryClaim claim, string sessionId, CancellationToken cancellationToken)
    {
        try
        {
            var result = await runner.AttemptClaimedAsync(claim, DeliveryTriggers.First, null, options.Value.FirstAttemptTimeout, cancellationToken);
            if (result.Status == DeliveryRunStatus.RetryScheduled)
                scheduler.ScheduleRetry(claim.Txid, claim.RecipientOcid, result.NextAttemptAt!.Value);
        }
#pragma warning disable CA1031 // The credit is committed; any failure here is left to the resume sweep, never to the outbox.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            LogFirstDeliveryFailed(logger, exception, claim.Txid, sessionId, claim.RecipientOcid);
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
