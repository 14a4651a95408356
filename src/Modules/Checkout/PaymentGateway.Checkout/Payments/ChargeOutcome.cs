namespace PaymentGateway.Checkout.Payments;

/// <summary>What an acquirer holds under one idempotency key.</summary>
internal enum ChargeOutcome
{
    /// <summary>No charge was ever made with this key: no money moved.</summary>
    NotFound,

    /// <summary>The card was charged (and the charge stands).</summary>
    Approved,

    /// <summary>The charge was declined: no money moved.</summary>
    Declined,

    /// <summary>The card was charged and the charge was voided since: no money moved.</summary>
    Voided,
}
