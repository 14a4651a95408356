using Npgsql;

namespace PaymentGateway.Host;

/// <summary>
/// Every few seconds, on every host: deletes the Hangfire lock rows whose holder's database session has ended (see
/// <see cref="HangfireLockHolders"/>), so that a host killed while holding a lock stops the schedulers of the others
/// for seconds, not for <c>DistributedLockTimeout</c>. A live holder's row is never touched: its session is listed
/// in <c>pg_stat_activity</c> with a start before the lock was taken. Rows without a holder (taken before the
/// columns existed) are left to the timeout. Also run once at start-up, before the hosted services start: a host
/// restarted after a kill must not wait on its own predecessor's locks (registering the recurring jobs takes one each).
/// </summary>
internal sealed partial class OrphanedLockReaper(NpgsqlDataSource dataSource, ILogger<OrphanedLockReaper> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);

    // backend_start is null for another role's sessions without pg_read_all_stats: then the pid alone decides.
    private const string ReapSql = """
        DELETE FROM hangfire.lock AS l
        WHERE l.holder_pid IS NOT NULL
          AND NOT EXISTS (
            SELECT 1 FROM pg_stat_activity AS a
            WHERE a.pid = l.holder_pid AND (a.backend_start IS NULL OR a.backend_start <= l.held_since))
        RETURNING l.resource, l.held_since
        """;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ReapAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is NpgsqlException or TimeoutException or InvalidOperationException)
            {
                // The database is away (the health checks say so) or the schema is not there yet; try again later.
                LogFailed(logger, exception.GetType().Name);
            }
            try
            {
                await Task.Delay(Interval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    public async Task ReapAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(ReapSql);
        command.CommandTimeout = 10;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            LogReaped(logger, reader.GetString(0), reader.GetFieldValue<DateTimeOffset>(1));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Removed Hangfire lock {Resource} taken at {HeldSince} by a database session that has ended (its host died)")]
    private static partial void LogReaped(ILogger logger, string resource, DateTimeOffset heldSince);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Could not look for orphaned Hangfire locks ({Error})")]
    private static partial void LogFailed(ILogger logger, string error);
}
