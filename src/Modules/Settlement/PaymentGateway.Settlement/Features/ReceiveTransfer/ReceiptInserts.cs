using Npgsql;
using NpgsqlTypes;
using PaymentGateway.Modularity.Persistence;
using PaymentGateway.Settlement.Persistence;

namespace PaymentGateway.Settlement.Features.ReceiveTransfer;

/// <summary>
/// The inserts of the webhook in plain SQL (docs/architecture.md, Data access): the receipt of a credited proof and
/// the archive row of every verified proof, sent together in the credit's batch. Amount, proof text and signature go
/// in as the exact strings received.
/// </summary>
internal static class ReceiptInserts
{
    private const string ReceiptSql = """
        INSERT INTO settlement.receipts (issuer_ocid, txid, proof_fingerprint, amount, currency, to_reference, credited_ocid, entry_id, received_at)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
        """;

    private const string ArchiveSql = """
        INSERT INTO settlement.received_proofs (issuer_ocid, txid, proof_json, signature, outcome, received_at)
        VALUES ($1, $2, $3, $4, $5, $6)
        """;

    public static NpgsqlBatchCommand Receipt(ReceiptRecord receipt) =>
        new NpgsqlBatchCommand(ReceiptSql)
            .With<long>(receipt.IssuerOcid)
            .With<string>(receipt.Txid)
            .With<string>(receipt.ProofFingerprint)
            .With<string>(receipt.Amount)
            .With<string>(receipt.Currency)
            .WithNullable(receipt.ToReference, NpgsqlDbType.Varchar)
            .WithNullable(receipt.CreditedOcid, NpgsqlDbType.Bigint)
            .With<long>(receipt.EntryId)
            .With<DateTimeOffset>(receipt.ReceivedAt);

    public static NpgsqlBatchCommand Archive(ReceivedProof proof) =>
        new NpgsqlBatchCommand(ArchiveSql)
            .With<long>(proof.IssuerOcid)
            .With<string>(proof.Txid)
            .With<string>(proof.ProofJson)
            .With<string>(proof.Signature)
            .With<string>(proof.Outcome)
            .With<DateTimeOffset>(proof.ReceivedAt);
}
