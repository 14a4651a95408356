using Npgsql;

namespace PaymentGateway.Host;

/// <summary>
/// Hangfire.PostgreSql's distributed lock is a row in <c>hangfire.lock</c> with the time it was taken and nothing
/// else: no owner, no heartbeat. A host killed while holding one (the schedule poller's lock, taken every second, or
/// the recurring-job scheduler's) leaves a row that stops every host's scheduler until the row is older than
/// <c>DistributedLockTimeout</c>. The lock is taken by an INSERT on a connection the holder keeps open until it
/// releases the lock, so two column defaults record which database session holds it; <see cref="OrphanedLockReaper"/>
/// deletes rows whose session has ended (PostgreSQL ends the sessions of a killed process at once).
/// </summary>
internal static class HangfireLockHolders
{
    private const string ColumnsMissingSql = """
        SELECT count(*) < 2 FROM information_schema.columns
        WHERE table_schema = 'hangfire' AND table_name = 'lock' AND column_name IN ('holder_pid', 'held_since')
        """;

    // now() is the start of the holder's INSERT transaction: after its session started, which tells a reused pid apart.
    private const string AddColumnsSql = """
        ALTER TABLE hangfire.lock
            ADD COLUMN IF NOT EXISTS holder_pid integer DEFAULT pg_backend_pid(),
            ADD COLUMN IF NOT EXISTS held_since timestamp with time zone DEFAULT now()
        """;

    /// <summary>Adds the two columns once (after Hangfire installed or upgraded its schema, under the migration lock).</summary>
    public static async Task InstallAsync(NpgsqlDataSource dataSource, CancellationToken cancellationToken)
    {
        await using var check = dataSource.CreateCommand(ColumnsMissingSql);
        if (await check.ExecuteScalarAsync(cancellationToken) is not true)
            return;
        // ALTER TABLE takes an exclusive lock on the table, so it runs only when a column is missing.
        await using var alter = dataSource.CreateCommand(AddColumnsSql);
        await alter.ExecuteNonQueryAsync(cancellationToken);
    }
}
