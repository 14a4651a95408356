using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PaymentGateway.Merchants.Contracts;
using PaymentGateway.Opencharge.AspNetCore.Errors;
using PaymentGateway.Opencharge.AspNetCore.Identity;
using PaymentGateway.Settlement.Contracts;
using PaymentGateway.Settlement.Delivery;
using PaymentGateway.Settlement.Ledger;
using PaymentGateway.Settlement.Persistence;
using PaymentGateway.Settlement.Proofs;

namespace PaymentGateway.Settlement.Features.CreateTransfer;

/// <summary>
/// Executes a /transfer/create for a directory partner moving its own balance at this gateway (docs/protocol.md,
/// POST /transfer/create). One transaction: the key (caller, from.reference), the proof, the balanced entry (the
/// database refuses an overdraft) and the pending delivery to the recipient's /transfer/webhook.
/// </summary>
internal sealed partial class CreateTransferHandler(
    SettlementDbContext db,
    TransferStore transfers,
    LedgerWriter ledger,
    ProofIssuer issuer,
    DeliveryScheduler scheduler,
    IPartnerDirectory directory,
    GatewayIdentity identity,
    ISettlementTerms terms,
    IOptions<DeliveryOptions> delivery,
    SettlementMetrics metrics,
    TimeProvider clock,
    ILogger<CreateTransferHandler> logger)
{
    public async Task<SignedProof> HandleAsync(long callerOcid, TransferRequest request, CancellationToken cancellationToken)
    {
        CheckParties(callerOcid, request);
        CheckCurrency(request.Money.Currency);

        var now = clock.GetUtcNow();
        var txid = TransactionIds.New();
        // Signed before the key is claimed, so that the proof row exists for the transfer's foreign key; a repeat
        // throws it away with the rolled-back transaction.
        var proof = issuer.IssueTransfer(txid, callerOcid, request.Reference, request.ToOcid, request.ToReference,
            request.Money.Amount.Text, request.Money.Currency, request.Memo, now);

        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            await db.ExecuteBatchAsync(cancellationToken, ProofInsert.Of(new ProofRecord
            {
                Txid = txid, RecipientOcid = request.ToOcid, ProofJson = proof.CanonicalJson, Signature = proof.Signature, IssuedAt = now,
            }));
            if (!await transfers.TryClaimAsync(callerOcid, request, txid, now, cancellationToken))
            {
                await transaction.RollbackAsync(cancellationToken);
                return await RepeatAsync(callerOcid, request, cancellationToken);
            }

            try
            {
                await ledger.TryPostAsync(new EntryDraft($"transfer:{callerOcid.ToString(CultureInfo.InvariantCulture)}:{request.Reference}",
                    JournalEntryKinds.Transfer, AccountRef.Partner(callerOcid), AccountRef.Partner(request.ToOcid),
                    request.Money.Amount.Value, request.Money.Currency, request.Memo ?? "", now, txid), cancellationToken);
            }
            catch (InsufficientFundsException)
            {
                await transaction.RollbackAsync(CancellationToken.None);
                throw await InsufficientFundsAsync(callerOcid, request, cancellationToken);
            }

            await db.ExecuteBatchAsync(cancellationToken, DeliveryInsert.Pending(txid, request.ToOcid, delivery.Value.MaxAttempts, now));
            await transaction.CommitAsync(cancellationToken);
        }

        metrics.TransfersCreated.Add(1);
        LogTransferred(logger, txid, callerOcid, request.ToOcid, request.Money.Amount.Text, request.Money.Currency, request.Reference);
        StartDelivery(txid, request.ToOcid);
        return proof;
    }

    private void CheckParties(long callerOcid, TransferRequest request)
    {
        if (request.FromOcid is { } from && from != callerOcid)
            throw new OpenchargeException(403, ErrorCodes.Unauthorized,
                "A partner may only move its own balance: from.ocid must be absent or equal X-OC-ID.",
                new Dictionary<string, object?> { ["from.ocid"] = from });
        if (request.ToOcid == callerOcid || request.ToOcid == identity.Ocid || !directory.IsKnown(request.ToOcid))
            throw new OpenchargeException(400, ErrorCodes.AccountNotFound,
                $"OCID {request.ToOcid} has no account at this gateway that can receive a transfer from you.",
                new Dictionary<string, object?> { ["to.ocid"] = request.ToOcid });
    }

    private void CheckCurrency(string currency)
    {
        if (!terms.SettlesIn(currency))
            throw new OpenchargeException(400, ErrorCodes.CurrencyNotSupported, $"Currency {currency} is not supported by this gateway.",
                new Dictionary<string, object?> { ["currency"] = currency, ["supported"] = terms.Currencies });
    }

    private async Task<SignedProof> RepeatAsync(long callerOcid, TransferRequest request, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var (fingerprint, stored) = await transfers.FindAsync(callerOcid, request.Reference, cancellationToken);
        if (fingerprint != request.Fingerprint)
            throw new OpenchargeException(409, ErrorCodes.TransferConflict,
                $"from.reference '{request.Reference}' was already used for a different transfer; references must not be reused.",
                new Dictionary<string, object?> { ["from.reference"] = request.Reference, ["txid"] = stored.Txid });
        LogRepeat(logger, stored.Txid, callerOcid, request.Reference);
        return stored;
    }

    private async Task<OpenchargeException> InsufficientFundsAsync(long callerOcid, TransferRequest request, CancellationToken cancellationToken)
    {
        var currency = request.Money.Currency;
        var available = await transfers.AvailableAsync(callerOcid, currency, cancellationToken);
        metrics.TransfersRefused.Add(1);
        return new OpenchargeException(402, ErrorCodes.InsufficientFunds,
            $"Your available balance in {currency} does not cover {request.Money.Amount.Text}.",
            new Dictionary<string, object?>
            {
                ["available"] = available,
                ["currency"] = currency,
            });
    }

    private void StartDelivery(string txid, long recipientOcid)
    {
        try
        {
            scheduler.EnqueueFirst(txid, recipientOcid);
        }
#pragma warning disable CA1031 // The transfer is committed; a lost enqueue is picked up by the resume sweep (pending and due).
        catch (Exception exception)
#pragma warning restore CA1031
        {
            LogEnqueueFailed(logger, exception, txid, recipientOcid);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Transfer {Txid}: OCID {From} to OCID {To}, {Amount} {Currency} (reference {Reference})")]
    private static partial void LogTransferred(ILogger logger, string txid, long from, long to, string amount, string currency, string reference);

    [LoggerMessage(Level = LogLevel.Information, Message = "Repeat of transfer {Txid} by OCID {Caller} (reference {Reference}) answered with the stored proof")]
    private static partial void LogRepeat(ILogger logger, string txid, long caller, string reference);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not enqueue the first delivery of proof {Txid} to OCID {Ocid}; the resume sweep will send it")]
    private static partial void LogEnqueueFailed(ILogger logger, Exception exception, string txid, long ocid);
}
