using PaymentGateway.Opencharge.Amounts;

namespace PaymentGateway.Checkout.Payments;

/// <param name="Attempt">The payment attempt that claimed the session: gives the idempotency key and our payment id.</param>
/// <param name="Amount">The order amount exactly as received; the same number is booked and proven.</param>
internal sealed record CardCharge(PaymentAttempt Attempt, OpenchargeAmount Amount, string Currency, CardDetails Card)
{
    /// <summary>Sent to the acquirer with the charge; a repeat of the same attempt can never charge twice.</summary>
    public string IdempotencyKey => Attempt.IdempotencyKey;

    /// <summary>Our reference for the payment, the proof's <c>from.reference</c> later on.</summary>
    public string PaymentId => Attempt.PaymentId;

    public string SessionId => Attempt.SessionId;
}
