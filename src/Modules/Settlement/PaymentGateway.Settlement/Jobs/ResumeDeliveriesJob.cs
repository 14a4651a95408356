using Hangfire;
using Microsoft.Extensions.Logging;
using PaymentGateway.Settlement.Delivery;

namespace PaymentGateway.Settlement.Jobs;

/// <summary>
/// The safety net behind the inline attempt and the scheduled retries: enqueues every pending, unleased, due
/// delivery (a host stopped between the commit and its attempt, a retry whose scheduling was lost). Duplicates
/// with a scheduled retry are harmless: only one job can claim the delivery.
/// </summary>
internal sealed partial class ResumeDeliveriesJob(
    DeliveryStore store,
    DeliveryScheduler scheduler,
    TimeProvider clock,
    ILogger<ResumeDeliveriesJob> logger)
{
    public const string RecurringJobId = "settlement:resume-deliveries";

    /// <summary>
    /// Every 15 seconds: a delivery claimed by a host that died is due again when its lease ends, and waits at most this
    /// long more. One indexed query when there is nothing to do.
    /// </summary>
    public const string Schedule = "*/15 * * * * *";

    private const int BatchSize = 500;

    [Queue("settlement")]
    [AutomaticRetry(Attempts = 0)]
    [DisableConcurrentExecution(timeoutInSeconds: 60)]
    [JobDisplayName("Resume due proof deliveries")]
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var due = await store.FindDueAsync(clock.GetUtcNow(), BatchSize, cancellationToken);
        foreach (var delivery in due)
            scheduler.EnqueueResume(delivery.Txid, delivery.RecipientOcid);
        if (due.Count > 0)
            LogResumed(logger, due.Count);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Enqueued {Count} due proof deliveries")]
    private static partial void LogResumed(ILogger logger, int count);
}
