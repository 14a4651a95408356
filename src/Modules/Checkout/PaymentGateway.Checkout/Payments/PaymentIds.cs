using System.Security.Cryptography;
using System.Text;

namespace PaymentGateway.Checkout.Payments;

/// <summary>
/// Our payment reference (<c>pay_</c> + 128 bits), the proof's <c>from.reference</c> later on. Derived from the
/// attempt's idempotency key rather than drawn at random, so whoever completes an attempt (its own host, or the
/// resolver after that host died) records the same payment id for the same charge.
/// </summary>
internal static class PaymentIds
{
    public static string For(string idempotencyKey) =>
        "pay_" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("payment-id:" + idempotencyKey)))[..32];
}
