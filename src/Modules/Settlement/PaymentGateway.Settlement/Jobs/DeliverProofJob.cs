using Hangfire;
using Hangfire.Server;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PaymentGateway.Settlement.Delivery;
using PaymentGateway.Settlement.Persistence;

namespace PaymentGateway.Settlement.Jobs;

/// <summary>
/// A delivery attempt run by Hangfire. Retries of the delivery are scheduled by us from the deliveries table; the job
/// re-reads the state and does nothing when the delivery is finished or held by another host.
/// </summary>
/// <remarks>
/// What the dashboard shows must be true: a <b>Failed</b> "Deliver proof" job means a dead delivery (the job that made
/// it dead, which an operator may requeue), nothing else. So only <see cref="DeliveryDeadException"/> fails the job.
/// Anything else (a database error while recording the attempt, say) is retried by Hangfire, and the retry settles the
/// job truthfully: it attempts the delivery if it is still pending, or returns (Succeeded) when the delivery was
/// finished meanwhile, e.g. by the resume sweep. Should the retries run out (the database down for hours), the job is
/// deleted rather than failed: the delivery is still pending and the resume sweep carries it on.
/// </remarks>
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
    [AutomaticRetry(Attempts = 10, DelaysInSeconds = [10, 30, 60, 120, 300, 600, 1200, 1800, 3600, 3600],
        ExceptOn = [typeof(DeliveryDeadException)], OnAttemptsExceeded = AttemptsExceededAction.Delete)]
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
