using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PaymentGateway.Settlement.Persistence;

namespace PaymentGateway.Settlement.Delivery;

/// <summary>
/// One delivery attempt: claim the lease, POST, record the attempt and release the lease with the next state.
/// Whoever calls it (the event handler, a retry job, the resume sweep) gets the same exclusivity and bookkeeping.
/// </summary>
internal sealed partial class DeliveryRunner(
    DeliveryStore store,
    WebhookSender sender,
    IOptions<DeliveryOptions> options,
    SettlementMetrics metrics,
    TimeProvider clock,
    ILogger<DeliveryRunner> logger)
{
    public async Task<DeliveryRunResult> AttemptAsync(string txid, string trigger, string? jobId, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var startedAt = clock.GetUtcNow();
        var claim = await store.TryClaimAsync(txid, startedAt, startedAt + options.Value.Lease, cancellationToken);
        if (claim is null)
        {
            LogNotClaimed(logger, txid, trigger);
            return DeliveryRunResult.NotClaimed;
        }
        return await AttemptClaimedAsync(claim, trigger, jobId, timeout, cancellationToken);
    }

    /// <summary>
    /// The attempt of a delivery whose lease the caller already holds: the checkout credit writes the delivery leased
    /// for its first attempt (<see cref="Features.CreditCheckout.CheckoutCreditStatement"/>), so no claim is needed.
    /// </summary>
    public async Task<DeliveryRunResult> AttemptClaimedAsync(DeliveryClaim claim, string trigger, string? jobId, TimeSpan timeout,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var settings = options.Value;
        var startedAt = clock.GetUtcNow();
        var started = clock.GetTimestamp();
        var response = await sender.SendAsync(claim, timeout, cancellationToken);
        var duration = clock.GetElapsedTime(started);
        var now = clock.GetUtcNow();

        var (state, result) = Decide(claim, response, now, settings);
        // Recorded even if the host is stopping: the MG may already have the proof and we must not forget that.
        await store.RecordAsync(new AttemptRecord(claim, trigger, startedAt, duration, response, state, result.NextAttemptAt ?? now, jobId), now, CancellationToken.None);
        LogAttempt(logger, claim.Txid, claim.RecipientOcid, claim.Attempt, trigger, response.HttpStatus, response.Outcome, state, response.Reason);
        Record(claim, response.Outcome, state, now);
        return result;
    }

    private void Record(DeliveryClaim claim, DeliveryOutcome outcome, string state, DateTimeOffset now)
    {
        metrics.DeliveryAttempts.Add(1, new KeyValuePair<string, object?>("outcome", outcome.ToString().ToLowerInvariant()));
        if (state == DeliveryStates.Delivered)
            metrics.DeliveryLag.Record((now - claim.CreatedAt).TotalSeconds);
        else if (state == DeliveryStates.Dead)
            metrics.DeliveriesDead.Add(1);
    }

    private static (string State, DeliveryRunResult Result) Decide(DeliveryClaim claim, ClassifiedResponse response, DateTimeOffset now, DeliveryOptions settings)
    {
        switch (response.Outcome)
        {
            case DeliveryOutcome.Delivered:
                return (DeliveryStates.Delivered, new DeliveryRunResult(DeliveryRunStatus.Delivered));
            case DeliveryOutcome.Rejected:
                return (DeliveryStates.Rejected, new DeliveryRunResult(DeliveryRunStatus.Rejected, Reason: response.Reason));
            default:
                if (claim.Attempt >= claim.MaxAttempts)
                    return (DeliveryStates.Dead, new DeliveryRunResult(DeliveryRunStatus.Dead, Reason: response.Reason));
                var delay = new BackoffSchedule(settings.BaseDelay, settings.MaxDelay).DelayAfter(claim.Attempt, Random.Shared);
                return (DeliveryStates.Pending, new DeliveryRunResult(DeliveryRunStatus.RetryScheduled, now + delay, response.Reason));
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Proof {Txid} not claimed for a {Trigger} attempt: finished, not due, or leased by another host")]
    private static partial void LogNotClaimed(ILogger logger, string txid, string trigger);

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Proof {Txid} to OCID {Ocid}: attempt {Attempt} ({Trigger}) got HTTP {HttpStatus}, {Outcome}; delivery now {State}: {Reason}")]
    private static partial void LogAttempt(ILogger logger, string txid, long ocid, int attempt, string trigger, int? httpStatus, DeliveryOutcome outcome, string state, string reason);
}
