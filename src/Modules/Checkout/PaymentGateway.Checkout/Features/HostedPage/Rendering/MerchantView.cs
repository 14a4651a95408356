namespace PaymentGateway.Checkout.Features.HostedPage.Rendering;

/// <summary>The merchant as shown on the page. <see cref="Icon"/> is untrusted until <see cref="SafeUrl"/> accepts it.</summary>
internal sealed record MerchantView(string Name, string? Icon)
{
    /// <summary>Shown when the merchant's metadata cannot be fetched: the customer can still pay.</summary>
    public static MerchantView Fallback(long ocid) =>
        new(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"Merchant {ocid}"), null);
}
