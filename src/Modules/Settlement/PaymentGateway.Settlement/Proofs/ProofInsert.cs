using Npgsql;
using NpgsqlTypes;
using PaymentGateway.Modularity.Persistence;
using PaymentGateway.Settlement.Persistence;

namespace PaymentGateway.Settlement.Proofs;

/// <summary>
/// The insert of a proof we issued, in plain SQL (docs/architecture.md, Data access): written once for the checkout
/// credit and the transfer, as a statement of the caller's batch. The proof text and signature go in as the exact
/// strings signed; the primary key (and the unique session id) keep it to one proof per txid and per session.
/// </summary>
internal static class ProofInsert
{
    private const string Sql = """
        INSERT INTO settlement.proofs (txid, session_id, event_id, recipient_ocid, proof_json, signature, issued_at)
        VALUES ($1, $2, $3, $4, $5, $6, $7)
        """;

    public static NpgsqlBatchCommand Of(ProofRecord proof) =>
        new NpgsqlBatchCommand(Sql)
            .With<string>(proof.Txid)
            .WithNullable(proof.SessionId, NpgsqlDbType.Varchar)
            .WithNullable(proof.EventId, NpgsqlDbType.Uuid)
            .With<long>(proof.RecipientOcid)
            .With<string>(proof.ProofJson)
            .With<string>(proof.Signature)
            .With<DateTimeOffset>(proof.IssuedAt);
}
