using PaymentGateway.Opencharge.Amounts;

namespace PaymentGateway.Checkout.Payments;

/// <param name="PaymentId">Our reference for this attempt; a real processor uses it as its idempotency key.</param>
/// <param name="Amount">The order amount exactly as received; the same number is booked and proven.</param>
internal sealed record CardCharge(string PaymentId, string SessionId, OpenchargeAmount Amount, string Currency, CardDetails Card);
