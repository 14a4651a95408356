namespace PaymentGateway.Checkout.Payments;

/// <param name="PaymentId">Our reference for this attempt; a real processor uses it as its idempotency key.</param>
/// <param name="Amount">The order amount exactly as received (a decimal string).</param>
internal sealed record CardCharge(string PaymentId, string SessionId, string Amount, string Currency, CardDetails Card);
