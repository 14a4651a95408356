namespace PaymentGateway.Checkout.Features.HostedPage.Rendering;

/// <summary>The payable page: merchant, order summary and the form.</summary>
internal static class CheckoutPageRenderer
{
    public static string Render(CheckoutPageModel page)
    {
        var body = MerchantHeaderRenderer.Render(page.Merchant)
                   + OrderSummaryRenderer.Render(page.Order, page.Amount, page.Currency, page.TimeLeft)
                   + PaymentFormRenderer.Render(page);
        return PageLayout.Render(page.PathBase, $"Pay {page.Merchant.Name}", body, withCountdown: true);
    }
}
