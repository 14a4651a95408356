using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace PaymentGateway.Settlement.Ledger;

/// <summary>
/// Keeps <c>settlement_trial_balance_difference</c> (per currency; anything but 0 is an incident) and
/// <c>settlement_unallocated_receipts</c> current by reading the ledger every <see cref="LedgerGaugeOptions.Interval"/>
/// (30 s), so a scrape never queries the database.
/// </summary>
internal sealed partial class LedgerGauges(NpgsqlDataSource dataSource, SettlementMetrics metrics, IOptions<LedgerGaugeOptions> options, ILogger<LedgerGauges> logger)
    : BackgroundService
{
    private const string Sql = """
        SELECT currency, (sum(debits_posted) - sum(credits_posted))::float8, NULL::bigint FROM settlement.accounts GROUP BY currency
        UNION ALL
        SELECT NULL, NULL, count(*) FROM settlement.receipts WHERE credited_ocid IS NULL
        """;

    private volatile LedgerSnapshot? _snapshot;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        metrics.Ledger = () => _snapshot;
        using var timer = new PeriodicTimer(options.Value.Interval);
        do
        {
            try
            {
                var trial = new Dictionary<string, double>();
                long unallocated = 0;
                await using var command = dataSource.CreateCommand(Sql);
                await using var reader = await command.ExecuteReaderAsync(stoppingToken);
                while (await reader.ReadAsync(stoppingToken))
                {
                    if (reader.IsDBNull(0))
                        unallocated = reader.GetInt64(2);
                    else
                        trial[reader.GetString(0)] = reader.GetDouble(1);
                }
                _snapshot = new LedgerSnapshot(trial, unallocated);
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                // Unknown rather than stale: the gauges disappear from the scrape while the database is unreachable.
                _snapshot = null;
                LogReadFailed(logger, exception);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Reading the ledger gauges failed")]
    private static partial void LogReadFailed(ILogger logger, Exception exception);
}
