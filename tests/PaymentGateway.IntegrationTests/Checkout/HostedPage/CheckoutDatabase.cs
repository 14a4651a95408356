using Npgsql;

namespace PaymentGateway.IntegrationTests.Checkout.HostedPage;

/// <summary>Reads the checkout schema directly, to check what the front door cannot show (outbox rows, stored columns).</summary>
internal sealed class CheckoutDatabase(string connectionString)
{
    public async Task<(string Status, string? PaymentId, string? CardBrand, string? CardLast4)> SessionAsync(string sessionId)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new NpgsqlCommand(
            "SELECT status, payment_id, card_brand, card_last4 FROM checkout.sessions WHERE id = $1", connection)
        { Parameters = { new() { Value = sessionId } } };
        await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        Assert.True(await reader.ReadAsync(TestContext.Current.CancellationToken), $"No session {sessionId}");
        return (reader.GetString(0), Nullable(reader, 1), Nullable(reader, 2), Nullable(reader, 3));
    }

    /// <summary>CheckoutCompleted rows of one session in the outbox (the payload is the event in camelCase JSON).</summary>
    public async Task<long> OutboxCountAsync(string sessionId)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new NpgsqlCommand(
            "SELECT count(*) FROM checkout.outbox_messages WHERE payload->>'sessionId' = $1", connection)
        { Parameters = { new() { Value = sessionId } } };
        return (long)(await command.ExecuteScalarAsync(TestContext.Current.CancellationToken))!;
    }

    /// <summary>What the sandbox processor recorded for one session, by idempotency key (oldest first).</summary>
    public async Task<IReadOnlyList<SandboxChargeRow>> ChargesAsync(string sessionId)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new NpgsqlCommand(
            "SELECT idempotency_key, payment_id, approved, requests, voided_at IS NOT NULL FROM checkout.sandbox_charges WHERE session_id = $1 ORDER BY created_at, idempotency_key",
            connection)
        { Parameters = { new() { Value = sessionId } } };
        await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        var rows = new List<SandboxChargeRow>();
        while (await reader.ReadAsync(TestContext.Current.CancellationToken))
            rows.Add(new SandboxChargeRow(reader.GetString(0), reader.GetString(1), reader.GetBoolean(2), reader.GetInt32(3), reader.GetBoolean(4)));
        return rows;
    }

    /// <summary>The claim columns of a session: status, attempt count and claim deadline.</summary>
    public async Task<(string Status, int Attempts, DateTimeOffset? ClaimExpiresAt)> ClaimAsync(string sessionId)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new NpgsqlCommand(
            "SELECT status, attempts, claim_expires_at FROM checkout.sessions WHERE id = $1", connection)
        { Parameters = { new() { Value = sessionId } } };
        await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        Assert.True(await reader.ReadAsync(TestContext.Current.CancellationToken), $"No session {sessionId}");
        return (reader.GetString(0), reader.GetInt32(1), reader.IsDBNull(2) ? null : reader.GetFieldValue<DateTimeOffset>(2));
    }

    /// <summary>
    /// Writes what a host leaves behind when it dies right after claiming a session: charging, with the given attempt
    /// number and a claim deadline <paramref name="deadlineFromNow"/> away (negative: already run out).
    /// </summary>
    public async Task SimulateClaimAsync(string sessionId, int attempt, TimeSpan deadlineFromNow)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new NpgsqlCommand(
            "UPDATE checkout.sessions SET status = 'charging', attempts = $2, claim_expires_at = now() + $3, card_brand = 'Visa', card_last4 = '4242' WHERE id = $1",
            connection)
        { Parameters = { new() { Value = sessionId }, new() { Value = attempt }, new() { Value = deadlineFromNow } } };
        Assert.Equal(1, await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken));
    }

    /// <summary>Moves a session's expiry into the past (as if the customer took too long), without touching its status.</summary>
    public async Task BackdateExpiryAsync(string sessionId)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new NpgsqlCommand(
            "UPDATE checkout.sessions SET expires_at = now() - interval '1 minute' WHERE id = $1", connection)
        { Parameters = { new() { Value = sessionId } } };
        Assert.Equal(1, await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken));
    }

    private static string? Nullable(NpgsqlDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
