using Npgsql;

namespace PaymentGateway.IntegrationTests.Settlement;

/// <summary>Read-only looks into the settlement schema, for assertions.</summary>
public sealed class SettlementDatabase(string connectionString)
{
    public Task<long> CountAsync(string sql, params object[] parameters) => ScalarAsync<long>(sql, parameters);

    public async Task<T> ScalarAsync<T>(string sql, params object[] parameters)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var parameter in parameters)
            command.Parameters.Add(new NpgsqlParameter { Value = parameter });
        return (T)(await command.ExecuteScalarAsync())!;
    }

    public async Task<string?> DeliveryStateAsync(string sessionId)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT d.state FROM settlement.deliveries d JOIN settlement.proofs p ON p.txid = d.txid WHERE p.session_id = $1", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = sessionId });
        return await command.ExecuteScalarAsync() as string;
    }

    /// <summary>(attempt, trigger, http status, outcome, started at, duration ms) in attempt order.</summary>
    public async Task<IReadOnlyList<AttemptRow>> AttemptsAsync(string sessionId)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            SELECT a.attempt, a.trigger, a.http_status, a.outcome, a.started_at, a.duration_ms, a.reason
            FROM settlement.delivery_attempts a JOIN settlement.proofs p ON p.txid = a.txid
            WHERE p.session_id = $1 ORDER BY a.attempt
            """, connection);
        command.Parameters.Add(new NpgsqlParameter { Value = sessionId });
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<AttemptRow>();
        while (await reader.ReadAsync())
            rows.Add(new AttemptRow(reader.GetInt32(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetInt32(2),
                reader.GetString(3), reader.GetFieldValue<DateTimeOffset>(4), reader.GetInt32(5), reader.GetString(6)));
        return rows;
    }
}
