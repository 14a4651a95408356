using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using PaymentGateway.EndToEndTests.Infrastructure;
using PaymentGateway.EndToEndTests.Pages;

namespace PaymentGateway.EndToEndTests;

/// <summary>
/// A customer buys in the sandbox shop through the real gateway in a real browser: every hop (merchant signing,
/// checkout/create, hosted page, settlement, proof webhook, redirect) is real HTTP between real processes.
/// </summary>
public sealed class CheckoutFlowTests(ShopFixture shop, BrowserFixture browser) : IClassFixture<ShopFixture>
{
    // No [Fact(Timeout)]: every Playwright step has its own timeout (see BrowserFixture and Waits), so a stuck test fails on its own.
    // The success page refreshes every second until the verified proof has arrived; settlement is asynchronous.
    private static readonly LocatorAssertionsToBeVisibleOptions ProofWait = new() { Timeout = Waits.NavigationMilliseconds };

    [Fact]
    public async Task Paying_with_the_test_card_lands_on_the_shops_success_page_with_the_verified_proof()
    {
        var page = await browser.NewPageAsync();
        await ShopPage.BuyFirstProductAsync(page, shop.ShopUrl);
        await Assertions.Expect(CheckoutPage.PayButton(page)).ToBeVisibleAsync();
        await CheckoutPage.FillCardAsync(page, CheckoutPage.ApprovedCard);
        await Screenshots.SaveAsync(page, "checkout");
        Assert.Empty(await CheckoutPage.FieldsSpillingOutOfTheFormAsync(page));
        await page.SetViewportSizeAsync(360, 740); // a small phone
        Assert.Empty(await CheckoutPage.FieldsSpillingOutOfTheFormAsync(page));

        await CheckoutPage.PayButton(page).ClickAsync(Waits.NavigatingClick);

        await page.WaitForURLAsync(ShopPage.SuccessUrl(), Waits.Url);
        await ExpectPaidAsync(page);
        var txid = await page.Locator("dt:text-is('Payment gateway txid') + dd code").InnerTextAsync();
        Assert.False(string.IsNullOrWhiteSpace(txid), "The success page shows no txid.");
        await Screenshots.SaveAsync(page, "success");

        // The merchant's own record agrees: paid, with the gateway's proof id.
        using var http = new HttpClient();
        var order = await http.GetFromJsonAsync<JsonElement>($"{shop.ShopUrl}/orders/{ShopPage.OrderId(page)}.json", TestContext.Current.CancellationToken);
        Assert.Equal("paid", order.GetProperty("status").GetString());
        Assert.Equal(txid, order.GetProperty("txid").GetString());
    }

    [Fact]
    public async Task A_declined_card_shows_why_and_the_test_card_then_succeeds()
    {
        var page = await browser.NewPageAsync();
        await ShopPage.BuyFirstProductAsync(page, shop.ShopUrl);

        await CheckoutPage.PayAsync(page, CheckoutPage.DeclinedCard);

        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Your card was declined.");
        Assert.Matches(CheckoutPage.UrlPattern(), page.Url);
        await Screenshots.SaveAsync(page, "checkout-declined");

        await CheckoutPage.PayAsync(page, CheckoutPage.ApprovedCard);

        await page.WaitForURLAsync(ShopPage.SuccessUrl(), Waits.Url);
        await ExpectPaidAsync(page);
    }

    [Fact]
    public async Task Cancel_lands_on_the_shops_cancel_page_and_cancels_the_session()
    {
        var page = await browser.NewPageAsync();
        await ShopPage.BuyFirstProductAsync(page, shop.ShopUrl);
        var checkoutUrl = page.Url;
        var sessionId = new Uri(checkoutUrl).Segments[^1];

        await page.GetByRole(AriaRole.Button, new() { Name = "Cancel", Exact = true }).ClickAsync(Waits.NavigatingClick);

        await page.WaitForURLAsync(ShopPage.CancelUrl(), Waits.Url);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Order not paid" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("The order was not paid.");

        // Back on the payment link, the gateway no longer offers the form; its database says why.
        await page.GotoAsync(checkoutUrl);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Payment cancelled" })).ToBeVisibleAsync();
        await Assertions.Expect(CheckoutPage.PayButton(page)).ToHaveCountAsync(0);
        var status = await shop.Database.ScalarAsync("SELECT status FROM checkout.sessions WHERE id = @id", ("id", sessionId));
        Assert.Equal("cancelled", status);
    }

    private async Task ExpectPaidAsync(IPage page)
    {
        try
        {
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Paid", Exact = true })).ToBeVisibleAsync(ProofWait);
        }
        catch (PlaywrightException exception)
        {
            // Without the apps' own words a missing proof is hard to diagnose from CI.
            throw new Xunit.Sdk.XunitException($"{exception.Message}{Environment.NewLine}{shop.Logs()}");
        }
    }
}
