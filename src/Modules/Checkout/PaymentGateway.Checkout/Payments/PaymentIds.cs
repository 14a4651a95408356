using System.Security.Cryptography;

namespace PaymentGateway.Checkout.Payments;

/// <summary>Our payment reference (<c>pay_</c> + 128 random bits), the proof's <c>from.reference</c> later on.</summary>
internal static class PaymentIds
{
    public static string New() => "pay_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
}
