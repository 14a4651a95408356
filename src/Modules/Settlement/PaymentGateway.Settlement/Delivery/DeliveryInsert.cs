using Npgsql;
using PaymentGateway.Modularity.Persistence;

namespace PaymentGateway.Settlement.Delivery;

/// <summary>
/// The insert of a proof's pending delivery, due now, in plain SQL (docs/architecture.md, Data access): written once
/// for the checkout credit and the transfer, as a statement of the caller's batch in the same transaction as the proof.
/// </summary>
internal static class DeliveryInsert
{
    private const string Sql = """
        INSERT INTO settlement.deliveries (txid, recipient_ocid, state, attempts, max_attempts, next_attempt_at, created_at, requeue_count)
        VALUES ($1, $2, 'pending', 0, $3, $4, $4, 0)
        """;

    public static NpgsqlBatchCommand Pending(string txid, long recipientOcid, int maxAttempts, DateTimeOffset now) =>
        new NpgsqlBatchCommand(Sql)
            .With<string>(txid)
            .With<long>(recipientOcid)
            .With<int>(maxAttempts)
            .With<DateTimeOffset>(now);
}
