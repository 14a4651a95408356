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

    private static string? Nullable(NpgsqlDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
