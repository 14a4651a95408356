using Hangfire;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace PaymentGateway.Checkout.Features.ExpireSessions;

/// <summary>
/// The recurring sweep (<c>checkout:expire-sessions</c>, every minute): expires whatever the per-session jobs missed
/// (a host down at the time, a job lost), batch after batch until nothing is due. Safe on several hosts at once.
/// </summary>
internal sealed partial class ExpireDueSessionsJob(SessionExpirer expirer, IOptions<ExpiryOptions> options, ILogger<ExpireDueSessionsJob> logger)
{
    public const string RecurringJobId = "checkout:expire-sessions";

    [Queue("checkout")]
    [JobDisplayName("Expire due checkouts")]
    [DisableConcurrentExecution(timeoutInSeconds: 60)]
    [AutomaticRetry(Attempts = 0)] // runs again within a minute anyway
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var batchSize = options.Value.SweepBatchSize;
        var total = 0;
        IReadOnlyList<TimeSpan> batch;
        do
        {
            batch = await expirer.ExpireDueBatchAsync(batchSize, cancellationToken);
            total += batch.Count;
        }
        while (batch.Count == batchSize && !cancellationToken.IsCancellationRequested);
        if (total > 0)
            LogSwept(logger, total);
        return total;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Expiry sweep expired {Count} checkout sessions")]
    private static partial void LogSwept(ILogger logger, int count);
}
