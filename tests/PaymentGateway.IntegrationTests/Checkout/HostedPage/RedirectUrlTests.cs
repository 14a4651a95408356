using System.Net;
using PaymentGateway.IntegrationTests.Infrastructure;

namespace PaymentGateway.IntegrationTests.Checkout.HostedPage;

/// <summary>
/// Success and cancel URLs are checked and normalised at create, so that the redirect after a payment (or a cancel)
/// cannot fail: what the customer's browser gets in Location is the ASCII form stored then.
/// </summary>
public sealed class RedirectUrlTests(GatewayScenario scenario) : IClassFixture<GatewayScenario>
{
    private Task<HttpResponseMessage> PostAsync(string body) =>
        scenario.Gateway.Client.SendSignedAsync(scenario.MerchantGateway, HttpMethod.Post, scenario.BasePath + "/checkout/create", body);

    private async Task<string> CreateAsync(string success, string? cancel = null)
    {
        var json = await (await PostAsync(TestOrder.CheckoutBody(scenario.NewOrder(), scenario.Merchant, success: success,
            cancel: cancel ?? "https://merchant.example/checkout/cancel"))).AssertOkJsonAsync();
        return json.GetProperty("session_id").GetString()!;
    }

    [Theory]
    [InlineData("https://merchant.example/ok\r\nSet-Cookie: a=b")]
    [InlineData("https://merchant.example/ok\nx")]
    [InlineData("https://merchant.example/o\rk")]
    [InlineData("https://merchant.example/ok\u0000")]
    [InlineData("https://merchant.example/\tok")]
    [InlineData("https://merchant.example/ok\u007f")]
    [InlineData("https://merchant.example/ok\u0085")]
    [InlineData("https://merchant.ex\u0000ample/ok")]
    [InlineData("/checkout/success")]
    [InlineData("merchant.example/ok")]
    [InlineData("//merchant.example/ok")]
    [InlineData("javascript:alert(1)")]
    [InlineData("data:text/html,hi")]
    [InlineData("ftp://merchant.example/ok")]
    [InlineData("https://user:pass@merchant.example/ok")]
    [InlineData("https:///ok")]
    [InlineData("https://merchant.example:99999/ok")]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData(" https://merchant.example/ok")]
    public async Task A_success_or_cancel_url_that_cannot_be_a_redirect_is_refused_at_create(string url)
    {
        foreach (var (success, cancel, field) in new[] { (url, "https://merchant.example/no", "urls.success"), ("https://merchant.example/ok", url, "urls.cancel") })
        {
            var error = await (await PostAsync(TestOrder.CheckoutBody(scenario.NewOrder(), scenario.Merchant, success: success, cancel: cancel)))
                .AssertErrorAsync(HttpStatusCode.BadRequest, "INVALID_REQUEST");
            Assert.True(error.GetProperty("details").TryGetProperty(field, out _), error.ToString());
        }
    }

    [Fact]
    public async Task A_url_longer_than_2048_characters_once_normalised_is_refused()
    {
        // 700 non-ASCII characters are 700 characters as sent and 4200 once percent-encoded.
        var error = await (await PostAsync(TestOrder.CheckoutBody(scenario.NewOrder(), scenario.Merchant,
            success: "https://merchant.example/" + new string('\u00e4', 700)))).AssertErrorAsync(HttpStatusCode.BadRequest, "INVALID_REQUEST");
        Assert.True(error.GetProperty("details").TryGetProperty("urls.success", out _), error.ToString());
    }

    [Fact]
    public async Task A_lone_surrogate_in_a_url_is_refused()
    {
        var body = TestOrder.CheckoutBody(scenario.NewOrder(), scenario.Merchant, success: "https://merchant.example/MARKER")
            .Replace("MARKER", "\\ud800", StringComparison.Ordinal);
        var error = await (await PostAsync(body)).AssertErrorAsync(HttpStatusCode.BadRequest, "INVALID_REQUEST");
        Assert.True(error.GetProperty("details").TryGetProperty("urls.success", out _), error.ToString());
    }

    [Fact]
    public async Task Http_urls_are_accepted_in_insecure_mode()
    {
        var sessionId = await CreateAsync("http://127.0.0.1:5090/paid");
        Assert.Equal("http://127.0.0.1:5090/paid", await StoredAsync(sessionId, "success_url"));
    }

    [Theory]
    [InlineData("https://b\u00fccher.example/danke?f\u00fcr=J\u00fcrgen#oben", "https://xn--bcher-kva.example/danke?f%C3%BCr=J%C3%BCrgen#oben")]
    [InlineData("https://merchant.example/p\u00e4th/\u4e2d\u6587 ok", "https://merchant.example/p%C3%A4th/%E4%B8%AD%E6%96%87%20ok")]
    [InlineData("https://MERCHANT.Example:443/ok", "https://merchant.example/ok")]
    [InlineData("https://merchant.example", "https://merchant.example/")]
    [InlineData("https://merchant.example/ok?already=%C3%A4", "https://merchant.example/ok?already=%C3%A4")]
    [InlineData("https://xn--bcher-kva.example/ok", "https://xn--bcher-kva.example/ok")]
    [InlineData("https://[::1]:8443/ok", "https://[::1]:8443/ok")]
    public async Task A_url_is_stored_in_its_ascii_form(string url, string stored)
    {
        var sessionId = await CreateAsync(url, url);
        Assert.Equal(stored, await StoredAsync(sessionId, "success_url"));
        Assert.Equal(stored, await StoredAsync(sessionId, "cancel_url"));
    }

    [Fact]
    public async Task After_a_real_payment_the_customer_is_sent_to_the_idn_success_url_in_punycode()
    {
        var sessionId = await CreateAsync("https://b\u00fccher.example/d\u00e4nke?order=\u00fc");
        using var browser = new CheckoutBrowser(scenario.Gateway);

        using var paid = await browser.PayAsync(sessionId, await browser.TokenAsync(sessionId));

        Assert.Equal(HttpStatusCode.SeeOther, paid.StatusCode);
        Assert.Equal("https://xn--bcher-kva.example/d%C3%A4nke?order=%C3%BC", paid.Headers.Location?.OriginalString);
        Assert.Equal("completed", (await new CheckoutDatabase(scenario.ConnectionString).SessionAsync(sessionId)).Status);
        // The page of the paid session links to the same address.
        using var after = await browser.OpenAsync(sessionId);
        Assert.Contains("href=\"https://xn--bcher-kva.example/d%C3%A4nke?order=%C3%BC\"", await after.BodyAsync());
    }

    [Fact]
    public async Task A_cancel_goes_to_the_non_ascii_cancel_url_percent_encoded()
    {
        var sessionId = await CreateAsync("https://merchant.example/ok", "https://merchant.example/abgebrochen/\u00e4");
        using var browser = new CheckoutBrowser(scenario.Gateway);

        using var cancelled = await browser.CancelAsync(sessionId, await browser.TokenAsync(sessionId));

        Assert.Equal(HttpStatusCode.SeeOther, cancelled.StatusCode);
        Assert.Equal("https://merchant.example/abgebrochen/%C3%A4", cancelled.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task A_session_stored_before_urls_were_checked_still_redirects_after_payment()
    {
        // Rows written by an older version may hold a raw URL; the redirect must not fail on them after a charge.
        var sessionId = await CreateAsync("https://merchant.example/ok");
        await Database.ScalarAsync<int>(scenario.ConnectionString,
            "UPDATE checkout.sessions SET success_url = $2 WHERE id = $1", sessionId, "https://merchant.example/\u00e4\r\nX: y");
        using var browser = new CheckoutBrowser(scenario.Gateway);

        using var paid = await browser.PayAsync(sessionId, await browser.TokenAsync(sessionId));

        Assert.Equal(HttpStatusCode.SeeOther, paid.StatusCode);
        Assert.Equal($"/pay/{sessionId}", paid.Headers.Location?.OriginalString);
        Assert.Equal("completed", (await new CheckoutDatabase(scenario.ConnectionString).SessionAsync(sessionId)).Status);
    }

    private Task<string?> StoredAsync(string sessionId, string column) =>
        Database.ScalarAsync<string>(scenario.ConnectionString, $"SELECT {column} FROM checkout.sessions WHERE id = $1", sessionId);
}
