namespace PaymentGateway.Checkout.Features.HostedPage.Rendering;

internal static class MerchantHeaderRenderer
{
    public static string Render(MerchantView merchant)
    {
        // The name sits next to the icon, so the image is decorative (empty alt) rather than announced twice.
        var icon = SafeUrl.ForAttribute(merchant.Icon) is { } src
            ? $"""<img class="merchant-icon" src="{src}" alt="" width="48" height="48">"""
            : "";
        return $"""
            <header class="merchant">
            {icon}<p class="merchant-name">{Html.Encode(merchant.Name)}</p>
            </header>
            """;
    }
}
