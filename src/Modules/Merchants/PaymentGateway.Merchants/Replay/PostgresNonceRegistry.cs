using Npgsql;
using PaymentGateway.Opencharge.AspNetCore.Authentication;

namespace PaymentGateway.Merchants.Replay;

/// <summary>
/// Records nonces in PostgreSQL with one statement: the primary key makes the check atomic across requests and
/// hosts. A pair whose retention has lapsed may be reused (its row is refreshed), which the protocol allows.
/// </summary>
internal sealed class PostgresNonceRegistry(NpgsqlDataSource dataSource, TimeProvider clock) : INonceRegistry
{
    private const string Sql = """
        INSERT INTO merchants.request_nonces (ocid, nonce, keep_until) VALUES ($1, $2, $3)
        ON CONFLICT (ocid, nonce) DO UPDATE SET keep_until = excluded.keep_until
            WHERE merchants.request_nonces.keep_until < $4
        RETURNING 1
        """;

    public async Task<bool> TryRecordAsync(long ocid, string nonce, DateTimeOffset keepUntil, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(Sql);
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = ocid });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = nonce });
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = keepUntil });
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = clock.GetUtcNow() });
        return await command.ExecuteScalarAsync(cancellationToken) is not null;
    }
}
