using Hangfire;
using Hangfire.Server;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PaymentGateway.Settlement.Delivery;
using PaymentGateway.Settlement.Persistence;

namespace PaymentGateway.Settlement.Jobs;

/// <summary>
/// A delivery attempt run by Hangfire. Retries are scheduled by us from the deliveries table (hence no Hangfire
/// retries); the job re-reads the state and does nothing when the delivery is finished or held by another host.
/// </summary>
internal sealed partial class DeliverProofJob(
    DeliveryStore store,
    DeliveryRunner runner,
    DeliveryScheduler scheduler,
    IOptions<DeliveryOptions> options,
    TimeProvider clock,
    ILogger<DeliverProofJob> logger)
{
    /// <param name="context">Supplied by Hangfire (pass null): the job id tells an operator's requeue apart.</param>
    [Queue("settlement")]
    [AutomaticRetry(Attempts = 0)]
    [JobDisplayName("Deliver proof {0} to OCID {1}")]
    public async Task RunAsync(string txid, long recipientOcid, string trigger, PerformContext? context, CancellationToken cancellationToken)
    {
        var jobId = context?.BackgroundJob.Id;
        var state = await store.GetStateAsync(txid, cancellationToken);
        if (state == DeliveryStates.Dead && jobId is not null
            && await store.TryReviveAsync(txid, jobId, options.Value.MaxAttempts, clock.GetUtcNow(), cancellationToken))
        {
            // Only the failed job that made it dead revives it, so a stale duplicate job cannot.
            LogRequeued(logger, txid, recipientOcid, jobId);
            trigger = DeliveryTriggers.OperatorRequeue;
        }
        else if (state != DeliveryStates.Pending)
        {
            return;
        }

        var result = await runner.AttemptAsync(txid, trigger, jobId, options.Value.AttemptTimeout, cancellationToken);
        if (result.Status == DeliveryRunStatus.RetryScheduled)
            scheduler.ScheduleRetry(txid, recipientOcid, result.NextAttemptAt!.Value);
        else if (result.Status == DeliveryRunStatus.Dead)
            throw new DeliveryDeadException(txid, recipientOcid, result.Reason);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Dead delivery of proof {Txid} to OCID {Ocid} requeued by an operator (job {JobId})")]
    private static partial void LogRequeued(ILogger logger, string txid, long ocid, string jobId);
}
