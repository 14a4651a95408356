using System.Globalization;
using Microsoft.Extensions.Logging;
using Npgsql;
using PaymentGateway.Merchants.Contracts;
using PaymentGateway.Opencharge;
using PaymentGateway.Opencharge.Amounts;
using PaymentGateway.Opencharge.AspNetCore.Errors;
using PaymentGateway.Opencharge.AspNetCore.Identity;
using PaymentGateway.Settlement.Contracts;
using PaymentGateway.Settlement.Ledger;
using PaymentGateway.Settlement.Persistence;

namespace PaymentGateway.Settlement.Features.ReceiveTransfer;

/// <summary>
/// Receives a proof another party issued to us (docs/protocol.md, POST /transfer/webhook and proof verification):
/// checks it in the contract's order, credits it once per (issuer, txid) to the partner named by
/// <c>to.reference</c> or to suspense, against the issuer's settlement account, and archives what was received.
/// </summary>
internal sealed partial class ReceiveTransferHandler(
    SettlementDbContext db,
    LedgerWriter ledger,
    ReceiptStore receipts,
    IPartnerDirectory directory,
    GatewayIdentity identity,
    ISettlementTerms terms,
    SettlementMetrics metrics,
    TimeProvider clock,
    ILogger<ReceiveTransferHandler> logger)
{
    private const int MaxMemoLength = 300;

    public async Task<TransferWebhookResponse> HandleAsync(long callerOcid, WebhookEnvelope envelope, CancellationToken cancellationToken)
    {
        var issuer = envelope.Issuer ?? throw InvalidProof("proof.issuer must be an OCID.");
        if (!terms.Accepts.Contains(issuer))
            throw new OpenchargeException(400, ErrorCodes.IssuerNotAccepted, $"This gateway does not accept proofs issued by OCID {issuer}.",
                new Dictionary<string, object?> { ["issuer"] = issuer, ["accepts"] = terms.Accepts });
        if (issuer != callerOcid)
            throw InvalidProof("proof.issuer must be the sender (X-OC-ID).");
        await VerifySignatureAsync(issuer, envelope, cancellationToken);
        if (envelope.ToOcid != identity.Ocid)
            throw InvalidProof($"The proof is not addressed to us (proof.to.ocid must be {identity.Ocid}).");
        var money = Money.Parse(envelope.Amount, envelope.Currency).Money
            ?? throw InvalidProof("proof.amount must be a positive decimal string (within the currency's minor units) and proof.currency 3 to 10 uppercase letters or digits.");
        if (envelope.Txid is not { Length: > 0 and <= 200 } txid || !envelope.HasFromOcid || !envelope.HasTimestamp)
            throw InvalidProof("proof.txid (1 to 200 characters), proof.from.ocid and proof.timestamp are required.");

        var now = clock.GetUtcNow();
        var proofJson = envelope.Proof.GetRawText();
        var fingerprint = Sha256Hex.Of(CanonicalJson.Serialize(envelope.Proof));
        var beneficiary = Beneficiary(envelope.ToReference);
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            var entry = await ledger.TryPostAsync(new EntryDraft(
                $"receipt:{issuer.ToString(CultureInfo.InvariantCulture)}:{txid}", JournalEntryKinds.Receipt,
                AccountRef.Settlement(issuer), beneficiary is { } ocid ? AccountRef.Partner(ocid) : AccountRef.Suspense,
                money.Amount.Value, money.Currency, Memo(envelope, issuer, txid), now), cancellationToken);
            if (entry is not null)
            {
                // The receipt and the archive row in one batch: one round trip, no EF savepoint.
                await db.ExecuteBatchAsync(cancellationToken,
                    ReceiptInserts.Receipt(new ReceiptRecord
                    {
                        IssuerOcid = issuer, Txid = txid, ProofFingerprint = fingerprint, Amount = money.Amount.Text, Currency = money.Currency,
                        ToReference = envelope.ToReference, CreditedOcid = beneficiary, EntryId = entry.Value, ReceivedAt = now,
                    }),
                    Archive(issuer, txid, proofJson, envelope.Signature, "credited", now));
                await transaction.CommitAsync(cancellationToken);
                metrics.ReceiptsCredited.Add(1, new KeyValuePair<string, object?>("allocated", beneficiary is not null));
                LogCredited(logger, issuer, txid, money.Amount.Text, money.Currency, beneficiary);
                return new TransferWebhookResponse("accepted", txid);
            }
        }

        // Credited before (possibly a moment ago by a concurrent request, which this one waited for).
        var stored = await receipts.FingerprintAsync(issuer, txid, cancellationToken);
        var repeat = stored == fingerprint;
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            await db.ExecuteBatchAsync(cancellationToken, Archive(issuer, txid, proofJson, envelope.Signature, repeat ? "repeat" : "conflict", now));
            await transaction.CommitAsync(cancellationToken);
        }
        if (!repeat)
            throw InvalidProof($"Proof {txid} of issuer {issuer} was already received with different content.");
        return new TransferWebhookResponse("accepted", txid, "Already credited; nothing was credited again.");
    }

    private async Task VerifySignatureAsync(long issuer, WebhookEnvelope envelope, CancellationToken cancellationToken)
    {
        PartnerProfile profile;
        try
        {
            profile = await directory.GetAsync(issuer, cancellationToken);
        }
        catch (UnknownPartnerException)
        {
            throw new OpenchargeException(400, ErrorCodes.ProofSignatureInvalid, $"No published key is known for issuer OCID {issuer}.");
        }
        catch (PartnerUnavailableException)
        {
            throw new OpenchargeException(502, ErrorCodes.MetadataUnavailable, $"The metadata of OCID {issuer} could not be fetched; try again later.");
        }
        // Variant R first, then T (docs/protocol.md, canonical JSON variants).
        if (ObjectSignatures.Verify(profile.PublicKey, envelope.Proof, envelope.Signature) is null)
            throw new OpenchargeException(400, ErrorCodes.ProofSignatureInvalid, $"The proof signature does not verify with the published key of OCID {issuer}.");
    }

    /// <summary>The partner funded when <c>to.reference</c> is the decimal OCID of a directory partner; otherwise null (suspense).</summary>
    private long? Beneficiary(string? reference) =>
        long.TryParse(reference, NumberStyles.None, CultureInfo.InvariantCulture, out var ocid) && ocid != identity.Ocid && directory.IsKnown(ocid)
            ? ocid
            : null;

    private static string Memo(WebhookEnvelope envelope, long issuer, string txid)
    {
        var memo = envelope.Memo ?? string.Create(CultureInfo.InvariantCulture, $"Received {txid} from {issuer}");
        return memo.Length <= MaxMemoLength ? memo : memo[..MaxMemoLength];
    }

    private static NpgsqlBatchCommand Archive(long issuer, string txid, string proofJson, string signature, string outcome, DateTimeOffset now) =>
        ReceiptInserts.Archive(new ReceivedProof
        {
            IssuerOcid = issuer, Txid = txid, ProofJson = proofJson, Signature = signature.Length <= 200 ? signature : signature[..200],
            Outcome = outcome, ReceivedAt = now,
        });

    private static OpenchargeException InvalidProof(string message) => new(400, ErrorCodes.InvalidProof, message);

    [LoggerMessage(Level = LogLevel.Information, Message = "Proof {Txid} of issuer {Issuer} credited: {Amount} {Currency} to OCID {Beneficiary} (null: suspense)")]
    private static partial void LogCredited(ILogger logger, long issuer, string txid, string amount, string currency, long? beneficiary);
}
