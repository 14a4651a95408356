using Npgsql;

namespace PaymentGateway.Benchmark.Baseline;

/// <summary>
/// The baseline's two tables, with the keys the work needs and nothing else: nonces unique per caller, sessions unique
/// per (merchant, order id) as the gateway's checkout identity requires, plus the index for finding expired sessions.
/// </summary>
internal static class BaselineSchema
{
    private const string Sql = """
        CREATE TABLE IF NOT EXISTS request_nonces (
            ocid bigint NOT NULL,
            nonce varchar(128) NOT NULL,
            keep_until timestamptz NOT NULL,
            PRIMARY KEY (ocid, nonce));
        CREATE TABLE IF NOT EXISTS sessions (
            id varchar(64) PRIMARY KEY,
            caller_ocid bigint NOT NULL,
            merchant_ocid bigint NOT NULL,
            order_id varchar(200) NOT NULL,
            order_json text NOT NULL,
            order_signature text NOT NULL,
            success_url text,
            cancel_url text,
            status varchar(16) NOT NULL,
            created_at timestamptz NOT NULL,
            expires_at timestamptz NOT NULL,
            UNIQUE (merchant_ocid, order_id));
        CREATE INDEX IF NOT EXISTS sessions_pending_expiry ON sessions (expires_at) WHERE status = 'pending';
        """;

    public static async Task CreateAsync(NpgsqlDataSource dataSource)
    {
        await using var command = dataSource.CreateCommand(Sql);
        await command.ExecuteNonQueryAsync();
    }
}
