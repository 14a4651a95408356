using Npgsql;
using PaymentGateway.Modularity.Persistence;

namespace PaymentGateway.Checkout.Payments;

/// <summary>
/// A processor that moves no money, with the usual test cards (<see cref="SandboxCards"/>), and that honours
/// idempotency keys the way real acquirers do: the first request under a key decides the outcome, every repeat gets
/// that outcome back and charges nothing. Its records live in the database (<see cref="SandboxCharge"/>) rather than in
/// memory, because a real acquirer's do not die with the host that called it: the attempt of a crashed host must still
/// be found by another host, or by this one after a restart.
/// </summary>
internal sealed class SandboxCardProcessor(NpgsqlDataSource dataSource, TimeProvider clock) : ICardProcessor
{
    // One statement. Concurrent requests under one key first take a transaction lock on the key, so they run one
    // after the other: the first inserts, every later one meets its row through ON CONFLICT and reads its outcome.
    // Without the lock, two first inserts raced on the table's two unique indexes (key and payment id): the loser
    // either tripped over the winner's payment id (23505) or the two waited on each other (40P01, deadlock).
    private const string ChargeSql = """
        WITH key_lock AS (SELECT pg_advisory_xact_lock(hashtextextended($1, 0)))
        INSERT INTO checkout.sandbox_charges (idempotency_key, payment_id, session_id, amount, currency, card_brand, card_last4,
            approved, decline_code, decline_message, requests, created_at)
        SELECT $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 1, $11 FROM key_lock
        ON CONFLICT (idempotency_key) DO UPDATE SET requests = sandbox_charges.requests + 1
        RETURNING payment_id, amount, currency, approved, decline_code, decline_message
        """;

    private const string FindSql = "SELECT approved, voided_at IS NOT NULL FROM checkout.sandbox_charges WHERE idempotency_key = $1";

    private const string VoidSql = "UPDATE checkout.sandbox_charges SET voided_at = $2 WHERE payment_id = $1 AND approved AND voided_at IS NULL";

    public async Task<CardResult> ChargeAsync(CardCharge charge, CancellationToken cancellationToken)
    {
        var decided = SandboxCards.Decide(charge.Card.Number);
        await using var command = dataSource.CreateCommand(ChargeSql);
        command.With(charge.IdempotencyKey);
        command.With(charge.PaymentId);
        command.With(charge.SessionId);
        command.With(charge.Amount.Text);
        command.With(charge.Currency);
        command.With(charge.Card.Brand);
        command.With(charge.Card.Last4);
        command.With(decided.Approved);
        command.WithNullable(decided.DeclineCode, NpgsqlTypes.NpgsqlDbType.Text);
        command.WithNullable(decided.DeclineMessage, NpgsqlTypes.NpgsqlDbType.Text);
        command.With(clock.GetUtcNow());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        // Real acquirers refuse a key reused for a different charge rather than guess which one was meant.
        if (reader.GetString(0) != charge.PaymentId || reader.GetString(1) != charge.Amount.Text || reader.GetString(2) != charge.Currency)
            throw new InvalidOperationException($"Idempotency key {charge.IdempotencyKey} was already used for a different charge.");
        return reader.GetBoolean(3)
            ? CardResult.Approve()
            : CardResult.Decline(reader.GetString(4), reader.GetString(5));
    }

    public async Task<ChargeOutcome> FindChargeAsync(string idempotencyKey, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(FindSql);
        command.With(idempotencyKey);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
            return ChargeOutcome.NotFound;
        if (!reader.GetBoolean(0))
            return ChargeOutcome.Declined;
        return reader.GetBoolean(1) ? ChargeOutcome.Voided : ChargeOutcome.Approved;
    }

    public async Task VoidAsync(string paymentId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(VoidSql);
        command.With(paymentId);
        command.With(clock.GetUtcNow());
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
