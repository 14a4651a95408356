using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace PaymentGateway.Settlement.Delivery;

/// <summary>
/// Keeps <c>settlement_deliveries_pending</c> current by counting pending deliveries every 15 s, so a scrape never
/// queries the database (the count uses the partial index on pending deliveries).
/// </summary>
internal sealed partial class PendingDeliveriesGauge(NpgsqlDataSource dataSource, SettlementMetrics metrics, ILogger<PendingDeliveriesGauge> logger)
    : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(15);
    private const long Unknown = -1;
    private long _pending = Unknown;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        metrics.PendingDeliveries = () => Interlocked.Read(ref _pending) is var pending and >= 0 ? pending : null;
        using var timer = new PeriodicTimer(Interval);
        do
        {
            try
            {
                await using var command = dataSource.CreateCommand("SELECT count(*) FROM settlement.deliveries WHERE state = 'pending'");
                Interlocked.Exchange(ref _pending, (long)(await command.ExecuteScalarAsync(stoppingToken))!);
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                // Unknown rather than stale: the gauge disappears from the scrape while the database is unreachable.
                Interlocked.Exchange(ref _pending, Unknown);
                LogCountFailed(logger, exception);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Counting pending deliveries failed")]
    private static partial void LogCountFailed(ILogger logger, Exception exception);
}
