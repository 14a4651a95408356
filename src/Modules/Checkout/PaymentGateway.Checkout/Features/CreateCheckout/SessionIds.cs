using System.Security.Cryptography;

namespace PaymentGateway.Checkout.Features.CreateCheckout;

/// <summary>Session ids are bearer secrets in the customer's URL, so they carry 128 random bits.</summary>
internal static class SessionIds
{
    public static string New() => "cs_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
}
