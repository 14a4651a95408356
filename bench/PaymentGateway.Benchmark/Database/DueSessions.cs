using System.Diagnostics;
using Npgsql;

namespace PaymentGateway.Benchmark.Database;

/// <summary>
/// Sessions already past their expiry, written straight into <c>checkout.sessions</c> (the gateway has migrated it)
/// with values like the ones /checkout/create stores, tagged through their order ids so that a batch can be reset.
/// </summary>
internal sealed class DueSessions(NpgsqlDataSource dataSource)
{
    // Created 31 minutes ago with the default 30-minute lifetime, a millisecond apart: all due, in a realistic spread.
    private const string InsertSql = """
        INSERT INTO checkout.sessions (id, caller_ocid, merchant_ocid, order_id, order_json, order_signature,
            signature_variant, amount, currency, success_url, cancel_url, request_fingerprint, status, created_at, expires_at)
        SELECT 'cs_' || md5($1 || i), $3, $4, $1 || '_' || i,
            format('{"id":"%s_%s","ocid":%s,"reference":"INV-%s_%s","amount":"99.99","currency":"USD","items":[{"id":"item_001","name":"Product A","quantity":1,"price":"99.99"}],"memo":"Benchmark order","createdAt":%s,"expiresAt":%s,"accepts":[%s]}',
                $1, i, $4, $1, i, extract(epoch FROM t.created)::bigint, extract(epoch FROM t.created)::bigint + 3600, $3),
            md5('r' || $1 || i) || md5('s' || $1 || i) || md5('t' || $1 || i) || md5('u' || $1 || i),
            'R', '99.99', 'USD', 'https://merchant.example/checkout/success', 'https://merchant.example/checkout/cancel',
            encode(sha256(convert_to($1 || i, 'UTF8')), 'hex'), 'pending', t.created, t.created + interval '30 minutes'
        FROM generate_series(1, $2) AS i,
            LATERAL (SELECT now() - interval '31 minutes' - i * interval '1 millisecond' AS created) AS t
        """;

    private const string ResetSql = """
        UPDATE checkout.sessions SET status = 'pending', ended_at = NULL WHERE order_id LIKE $1 || '\_%'
        """;

    /// <summary>The one plain statement the sweep is compared with.</summary>
    public const string PlainUpdateSql = """
        UPDATE checkout.sessions SET status='expired', ended_at=now() WHERE status='pending' AND expires_at <= now()
        """;

    private const string PendingDueSql = "SELECT count(*) FROM checkout.sessions WHERE status = 'pending' AND expires_at <= now()";

    /// <summary>Inserts <paramref name="count"/> due sessions tagged <paramref name="tag"/> ([a-z0-9] only).</summary>
    public async Task<TimeSpan> InsertAsync(string tag, int count, long callerOcid, long merchantOcid)
    {
        var clock = Stopwatch.StartNew();
        await using var command = dataSource.CreateCommand(InsertSql);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = "due_" + tag });
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = count });
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = callerOcid });
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = merchantOcid });
        command.CommandTimeout = 0;
        await command.ExecuteNonQueryAsync();
        return clock.Elapsed;
    }

    /// <summary>Puts the tagged sessions back to pending, as if never expired.</summary>
    public async Task<int> ResetAsync(string tag)
    {
        await using var command = dataSource.CreateCommand(ResetSql);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = "due_" + tag });
        command.CommandTimeout = 0;
        return await command.ExecuteNonQueryAsync();
    }

    /// <summary>
    /// Before each timed statement: no dead rows from the previous step, fresh statistics, hint bits set, so that the
    /// sweep and the plain UPDATE start from the same state of the table.
    /// </summary>
    public async Task VacuumAsync() => await ExecuteAsync("VACUUM (ANALYZE) checkout.sessions");

    public async Task<(int Rows, TimeSpan Elapsed)> PlainUpdateAsync()
    {
        var clock = Stopwatch.StartNew();
        var rows = await ExecuteAsync(PlainUpdateSql);
        return (rows, clock.Elapsed);
    }

    public async Task<long> CountPendingDueAsync()
    {
        await using var command = dataSource.CreateCommand(PendingDueSql);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private async Task<int> ExecuteAsync(string sql)
    {
        await using var command = dataSource.CreateCommand(sql);
        command.CommandTimeout = 0;
        return await command.ExecuteNonQueryAsync();
    }
}
