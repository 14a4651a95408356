using Hangfire;
using Hangfire.States;
using PaymentGateway.Settlement.Jobs;

namespace PaymentGateway.Settlement.Delivery;

/// <summary>Puts delivery attempts on the Hangfire <c>settlement</c> queue; the schedule itself lives in the deliveries table.</summary>
internal sealed class DeliveryScheduler(IBackgroundJobClient jobs)
{
    public void ScheduleRetry(string txid, long recipientOcid, DateTimeOffset at) =>
        jobs.Schedule<DeliverProofJob>(job => job.RunAsync(txid, recipientOcid, DeliveryTriggers.Retry, null, CancellationToken.None), at);

    /// <summary>The first attempt of a proof whose issuer does not wait for it (a transfer): at once, on a worker.</summary>
    public void EnqueueFirst(string txid, long recipientOcid) =>
        jobs.Enqueue<DeliverProofJob>(job => job.RunAsync(txid, recipientOcid, DeliveryTriggers.First, null, CancellationToken.None));

    public void EnqueueResume(string txid, long recipientOcid) =>
        jobs.Enqueue<DeliverProofJob>(job => job.RunAsync(txid, recipientOcid, DeliveryTriggers.Resume, null, CancellationToken.None));

    public void EnqueueRedelivery(string txid, long recipientOcid) =>
        jobs.Enqueue<DeliverProofJob>(job => job.RunAsync(txid, recipientOcid, DeliveryTriggers.OperatorRedeliver, null, CancellationToken.None));

    /// <summary>Moves the failed job of a dead delivery that was revived another way to Deleted (only if it is still Failed).</summary>
    public void RetireDeadJob(string jobId) =>
        jobs.ChangeState(jobId, new DeletedState { Reason = "The delivery was redelivered through the operator API" }, FailedState.StateName);
}
