namespace PaymentGateway.Settlement.Features.OperatorDeliveries;

internal enum RedeliveryOutcome
{
    Requeued,
    NotFound,

    /// <summary>Pending: an attempt or a retry is already on its way.</summary>
    InFlight,

    /// <summary>Delivered, and the operator did not ask to force a resend.</summary>
    AlreadyDelivered,
}
