namespace PaymentGateway.Settlement.Delivery;

internal enum DeliveryRunStatus
{
    /// <summary>Not attempted: already finished, not due, or another host holds the lease.</summary>
    NotClaimed,
    Delivered,
    Rejected,
    RetryScheduled,
    Dead,
}
