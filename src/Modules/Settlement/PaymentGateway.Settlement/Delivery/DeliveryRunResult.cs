namespace PaymentGateway.Settlement.Delivery;

/// <param name="NextAttemptAt">When the next attempt is due (only for <see cref="DeliveryRunStatus.RetryScheduled"/>).</param>
internal sealed record DeliveryRunResult(DeliveryRunStatus Status, DateTimeOffset? NextAttemptAt = null, string? Reason = null)
{
    public static readonly DeliveryRunResult NotClaimed = new(DeliveryRunStatus.NotClaimed);
}
