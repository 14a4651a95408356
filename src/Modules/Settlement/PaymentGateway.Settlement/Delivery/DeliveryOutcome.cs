namespace PaymentGateway.Settlement.Delivery;

internal enum DeliveryOutcome
{
    /// <summary>The MG answered <c>status: "accepted"</c>.</summary>
    Delivered,

    /// <summary>The MG refused the proof for good (<c>status: "rejected"</c> or a 4xx other than 408/429); no retry.</summary>
    Rejected,

    /// <summary>Nothing conclusive came back; try again later.</summary>
    Retryable,
}
