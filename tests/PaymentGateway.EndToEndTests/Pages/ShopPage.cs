using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace PaymentGateway.EndToEndTests.Pages;

/// <summary>The sandbox shop and its order pages, as a customer sees them.</summary>
internal static partial class ShopPage
{
    /// <summary>Opens the shop, presses the first Buy button and waits for the gateway's checkout page.</summary>
    public static async Task BuyFirstProductAsync(IPage page, string shopUrl)
    {
        await page.GotoAsync(shopUrl + "/");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sandbox shop" })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { NameRegex = BuyButton() }).First.ClickAsync(Waits.NavigatingClick);
        await page.WaitForURLAsync(CheckoutPage.UrlPattern(), Waits.Url);
    }

    /// <summary>The order id in an order page's address (/orders/{id}/success or /cancel).</summary>
    public static string OrderId(IPage page)
    {
        var match = OrderPath().Match(new Uri(page.Url).AbsolutePath);
        Assert.True(match.Success, $"Not an order page: {page.Url}");
        return match.Groups["id"].Value;
    }

    public static Regex SuccessUrl() => SuccessPath();

    public static Regex CancelUrl() => CancelPath();

    [GeneratedRegex("^Buy")]
    private static partial Regex BuyButton();

    [GeneratedRegex("^/orders/(?<id>[^/]+)/(success|cancel)$")]
    private static partial Regex OrderPath();

    [GeneratedRegex("/orders/[^/]+/success$")]
    private static partial Regex SuccessPath();

    [GeneratedRegex("/orders/[^/]+/cancel$")]
    private static partial Regex CancelPath();
}
