using Hangfire;
using Npgsql;
using PaymentGateway.Modularity.Persistence;

namespace PaymentGateway.Merchants.Replay;

/// <summary>
/// <c>merchants:purge-nonces</c>: deletes nonce records whose retention has lapsed (a replay of them would fail the
/// timestamp check anyway). In bounded batches, so it never holds a long lock on the table authentication writes to.
/// </summary>
internal sealed class PurgeExpiredNoncesJob(NpgsqlDataSource dataSource, TimeProvider clock)
{
    public const string RecurringJobId = "merchants:purge-nonces";
    private const int BatchSize = 5000;

    private const string Sql = """
        DELETE FROM merchants.request_nonces
        WHERE ctid IN (SELECT ctid FROM merchants.request_nonces WHERE keep_until < $1 LIMIT $2)
        """;

    [Queue("merchants")]
    [JobDisplayName("Purge expired request nonces")]
    [DisableConcurrentExecution(timeoutInSeconds: 300)]
    [AutomaticRetry(Attempts = 0)]
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var total = 0;
        int deleted;
        do
        {
            await using var command = dataSource.CreateCommand(Sql);
            command.With(clock.GetUtcNow());
            command.With(BatchSize);
            deleted = await command.ExecuteNonQueryAsync(cancellationToken);
            total += deleted;
        }
        while (deleted == BatchSize && !cancellationToken.IsCancellationRequested);
        return total;
    }
}
