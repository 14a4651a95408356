using System.Net;
using PaymentGateway.IntegrationTests.Infrastructure;

namespace PaymentGateway.IntegrationTests.Checkout.HostedPage;

public sealed class HostedPageRenderingTests(GatewayScenario scenario) : IClassFixture<GatewayScenario>
{
    [Fact]
    public async Task The_page_shows_the_merchant_the_order_and_a_labelled_card_form()
    {
        var sessionId = await scenario.CreateAsync();
        using var browser = new CheckoutBrowser(scenario.Gateway);

        using var response = await browser.OpenAsync(sessionId);
        var html = await response.BodyAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Test Merchant", html);
        Assert.Contains("""src="https://merchant.example/icon.png" """.TrimEnd(), html);
        Assert.Contains("<td>1</td><td>Product A</td>", html);
        Assert.Contains("Order from Merchant Store", html);
        Assert.Contains("Time left:", html);
        foreach (var label in new[] { "Card number", "Expiry (MM/YY)", "CVC", "Name on card" })
            Assert.Matches($"<label for=\"[a-z_]+\">{System.Text.RegularExpressions.Regex.Escape(label)}</label>", html);
        Assert.Contains(">Pay 99.99 USD</button>", html);
        Assert.Contains(">Cancel</button>", html);
        Assert.DoesNotContain("<script>", html); // only the external, same-origin script
    }

    [Fact]
    public async Task Every_page_response_carries_a_strict_policy_and_no_store()
    {
        var sessionId = await scenario.CreateAsync();
        using var browser = new CheckoutBrowser(scenario.Gateway);

        using var response = await browser.OpenAsync(sessionId);

        var csp = string.Join(' ', response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'none'", csp);
        Assert.Contains("script-src 'self'", csp);
        Assert.Contains("style-src 'self'", csp);
        Assert.Contains("form-action 'self' https://merchant.example", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Contains("base-uri 'none'", csp);
        Assert.Equal("DENY", string.Join(',', response.Headers.GetValues("X-Frame-Options")));
        Assert.Equal("nosniff", string.Join(',', response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("no-referrer", string.Join(',', response.Headers.GetValues("Referrer-Policy")));
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task Hostile_order_text_is_shown_as_text()
    {
        var sessionId = await scenario.CreateAsync(scenario.NewOrder(itemName: "<script>alert(1)</script>\"'"));
        using var browser = new CheckoutBrowser(scenario.Gateway);

        using var response = await browser.OpenAsync(sessionId);
        var html = await response.BodyAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("<script>alert(1)", html);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;&quot;&#x27;", html);
    }

    [Fact]
    public async Task An_unknown_session_is_a_404_page()
    {
        using var browser = new CheckoutBrowser(scenario.Gateway);

        using var response = await browser.OpenAsync("cs_00000000000000000000000000000000");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Checkout not found", await response.BodyAsync());
    }

    [Theory]
    [InlineData("checkout.css", "text/css")]
    [InlineData("countdown.js", "text/javascript")]
    public async Task The_stylesheet_and_script_are_served_same_origin(string file, string mediaType)
    {
        using var response = await scenario.Gateway.Client.GetAsync($"/pay/assets/{file}", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.NotEmpty(await response.BodyAsync());
    }
}
