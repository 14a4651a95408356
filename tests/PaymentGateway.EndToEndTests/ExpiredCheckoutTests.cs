using Microsoft.Playwright;
using PaymentGateway.EndToEndTests.Infrastructure;
using PaymentGateway.EndToEndTests.Pages;

namespace PaymentGateway.EndToEndTests;

/// <summary>A customer who waits too long: the gateway runs with three-second sessions.</summary>
public sealed class ExpiredCheckoutTests(ShortSessionShopFixture shop, BrowserFixture browser) : IClassFixture<ShortSessionShopFixture>
{
    [Fact]
    public async Task Reloading_the_page_after_the_session_lifetime_shows_that_the_checkout_has_expired()
    {
        var page = await browser.NewPageAsync();
        await ShopPage.BuyFirstProductAsync(page, shop.ShopUrl);

        // A margin past the lifetime, since the session was created a moment before the page loaded.
        await Task.Delay(ShortSessionShopFixture.Lifetime + TimeSpan.FromSeconds(1), TestContext.Current.CancellationToken);
        await page.ReloadAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "This checkout has expired" })).ToBeVisibleAsync();
        await Assertions.Expect(CheckoutPage.PayButton(page)).ToHaveCountAsync(0);
        await Screenshots.SaveAsync(page, "checkout-expired");
    }
}
