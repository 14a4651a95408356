using System.Net;
using PaymentGateway.IntegrationTests.Infrastructure;

namespace PaymentGateway.IntegrationTests.Checkout.HostedPage;

public sealed class HostedPagePaymentTests(GatewayScenario scenario) : IClassFixture<GatewayScenario>
{
    private CheckoutDatabase Database => new(scenario.ConnectionString);

    [Fact]
    public async Task A_declined_card_leaves_the_session_pending_and_a_good_card_then_pays()
    {
        var sessionId = await scenario.CreateAsync();
        using var browser = new CheckoutBrowser(scenario.Gateway);

        using var declined = await browser.PayAsync(sessionId, await browser.TokenAsync(sessionId), TestCards.Declined);
        var declinedHtml = await declined.BodyAsync();
        Assert.Equal(HttpStatusCode.PaymentRequired, declined.StatusCode);
        Assert.Contains("Your card was declined.", declinedHtml);
        Assert.DoesNotContain("0000 0002", declinedHtml);
        Assert.DoesNotContain("4000000000000002", declinedHtml);
        Assert.Equal("pending", (await Database.SessionAsync(sessionId)).Status);

        using var paid = await browser.PayAsync(sessionId, CheckoutBrowser.Token(declinedHtml));
        Assert.Equal(HttpStatusCode.SeeOther, paid.StatusCode);
        Assert.Equal("https://merchant.example/checkout/success", paid.Headers.Location?.ToString());

        var stored = await Database.SessionAsync(sessionId);
        Assert.Equal("completed", stored.Status);
        Assert.StartsWith("pay_", stored.PaymentId);
        Assert.Equal(("Visa", "4242"), (stored.CardBrand, stored.CardLast4));
        Assert.Equal(1, await Database.OutboxCountAsync(sessionId));

        using var after = await browser.OpenAsync(sessionId);
        Assert.Contains("Payment received", await after.BodyAsync());
    }

    [Fact]
    public async Task Insufficient_funds_is_explained()
    {
        var sessionId = await scenario.CreateAsync();
        using var browser = new CheckoutBrowser(scenario.Gateway);

        using var response = await browser.PayAsync(sessionId, await browser.TokenAsync(sessionId), TestCards.InsufficientFunds);

        Assert.Equal(HttpStatusCode.PaymentRequired, response.StatusCode);
        Assert.Contains("insufficient funds", await response.BodyAsync());
        Assert.Equal("pending", (await Database.SessionAsync(sessionId)).Status);
    }

    [Theory]
    [InlineData(TestCards.FailsLuhn, TestCards.FutureExpiry, "123", "card_number", "Your card number is invalid.")]
    [InlineData(TestCards.Succeeds, "01/20", "123", "expiry", "Your card has expired.")]
    [InlineData(TestCards.Succeeds, "13/30", "123", "expiry", "Enter the expiry date as MM/YY.")]
    [InlineData(TestCards.Succeeds, TestCards.FutureExpiry, "12", "cvc", "Enter the 3 or 4 digit security code.")]
    public async Task Invalid_card_input_is_a_field_error(string card, string expiry, string cvc, string field, string message)
    {
        var sessionId = await scenario.CreateAsync();
        using var browser = new CheckoutBrowser(scenario.Gateway);

        using var response = await browser.PayAsync(sessionId, await browser.TokenAsync(sessionId), card, expiry, cvc);
        var html = await response.BodyAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains($"""id="{field}" name="{field}" """.TrimEnd(), html);
        Assert.Contains($"""aria-invalid="true" aria-describedby="{field}-error" """.TrimEnd(), html);
        Assert.Contains($"""<p class="field-error" id="{field}-error">{System.Net.WebUtility.HtmlEncode(message)}</p>""", html);
        Assert.DoesNotContain(card, html);
        Assert.DoesNotContain(card.Replace(" ", "", StringComparison.Ordinal), html);
        Assert.Equal("pending", (await Database.SessionAsync(sessionId)).Status);
    }

    [Fact]
    public async Task Cancel_returns_to_the_merchant_and_the_session_can_no_longer_be_paid()
    {
        var sessionId = await scenario.CreateAsync();
        using var browser = new CheckoutBrowser(scenario.Gateway);
        var token = await browser.TokenAsync(sessionId);

        using var cancelled = await browser.CancelAsync(sessionId, token);
        Assert.Equal(HttpStatusCode.SeeOther, cancelled.StatusCode);
        Assert.Equal("https://merchant.example/checkout/cancel", cancelled.Headers.Location?.ToString());
        Assert.Equal("cancelled", (await Database.SessionAsync(sessionId)).Status);

        using var paid = await browser.PayAsync(sessionId, token);
        Assert.Equal(HttpStatusCode.Conflict, paid.StatusCode);
        Assert.Contains("Payment cancelled", await paid.BodyAsync());
        Assert.Equal(0, await Database.OutboxCountAsync(sessionId));
    }

    [Fact]
    public async Task An_expired_session_shows_the_expired_page_and_refuses_payment()
    {
        // Five seconds ahead: a slow create must not reach the gateway after the order has already expired.
        var expiresAt = SignedRequests.Now() + 5;
        var sessionId = await scenario.CreateAsync(scenario.NewOrder(expiresAt: expiresAt));
        using var browser = new CheckoutBrowser(scenario.Gateway);
        var token = await browser.TokenAsync(sessionId);
        var wait = DateTimeOffset.FromUnixTimeSeconds(expiresAt) - DateTimeOffset.UtcNow + TimeSpan.FromSeconds(1.2);
        if (wait > TimeSpan.Zero)
            await Task.Delay(wait, TestContext.Current.CancellationToken);

        using var page = await browser.OpenAsync(sessionId);
        var pageHtml = await page.BodyAsync();
        Assert.Contains("This checkout has expired", pageHtml);
        Assert.Contains("""href="https://merchant.example/checkout/cancel" """.TrimEnd(), pageHtml);

        using var paid = await browser.PayAsync(sessionId, token);
        Assert.Equal(HttpStatusCode.Conflict, paid.StatusCode);
        Assert.Contains("This checkout has expired", await paid.BodyAsync());
        var stored = await Database.SessionAsync(sessionId);
        Assert.Null(stored.PaymentId);
        Assert.NotEqual("completed", stored.Status);
        Assert.Equal(0, await Database.OutboxCountAsync(sessionId));
    }
}
