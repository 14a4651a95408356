using System.Net;
using PaymentGateway.IntegrationTests.Infrastructure;

namespace PaymentGateway.IntegrationTests.Checkout.HostedPage;

/// <summary>
/// Whatever a browser (or anyone) sends under /pay: a 4xx page, never a 500. Session ids that cannot be ours
/// (control characters, bytes that are not UTF-8, the wrong shape) are not looked up at all.
/// </summary>
public sealed class HostedPageRoutingTests(GatewayScenario scenario) : IClassFixture<GatewayScenario>
{
    public static TheoryData<string, string> Requests => new()
    {
        { "GET", "/pay" },
        { "GET", "/pay/" },
        { "GET", "/pay/%00" },
        { "GET", "/pay/cs_%00abc" },
        { "GET", "/pay/cs_abc%00" },
        { "GET", "/pay/%01%02" },
        { "GET", "/pay/%FF%FE" },
        { "GET", "/pay/%C0%AF" },
        { "GET", "/pay/%ED%A0%80" }, // a UTF-16 surrogate encoded as UTF-8
        { "GET", "/pay/%F0%9F%98%80" },
        { "GET", "/pay/cs_%0D%0ASet-Cookie:%20x=1" },
        { "GET", "/pay/cs_0123456789abcdef0123456789abcdef?x=%00&y=%FF" },
        { "GET", "/pay/cs_0123456789abcdef0123456789abcdef/extra" },
        { "GET", "/pay/assets/%00" },
        { "GET", "/pay/assets/..%2F..%2Fappsettings.json" },
        { "POST", "/pay/%00" },
        { "POST", "/pay/%FF/cancel" },
        { "POST", "/pay/cs_0123456789abcdef0123456789abcdef/cancel" },
        { "PUT", "/pay/cs_0123456789abcdef0123456789abcdef" },
        { "DELETE", "/pay/cs_0123456789abcdef0123456789abcdef" },
        { "PATCH", "/pay/cs_0123456789abcdef0123456789abcdef/cancel" },
        { "OPTIONS", "/pay/cs_0123456789abcdef0123456789abcdef" },
        { "OPTIONS", "/pay/assets/checkout.css" },
        { "PUT", "/pay/assets/checkout.css" },
    };

    [Theory]
    [MemberData(nameof(Requests))]
    public async Task Is_a_4xx(string method, string path)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method == "OPTIONS")
        {
            request.Headers.Add("Origin", "https://evil.example");
            request.Headers.Add("Access-Control-Request-Method", "POST");
        }
        if (method == "POST")
            request.Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["card_number"] = "4242424242424242" });
        using var response = await scenario.Gateway.Client.SendAsync(request, TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True((int)response.StatusCode is >= 400 and < 500, $"{method} {path}: {(int)response.StatusCode} {body}");
        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Theory]
    [InlineData("4242%004242424242424242", "12/30", "123", "Ada")]
    [InlineData("4242424242424242", "12/30", "123", "%00%01%FF%ED%A0%80%C0%AF")]
    [InlineData("4242424242424242", "%FF/%FE", "1%002", "Ada")]
    [InlineData("%F0%9F%98%80", "99999999999999999999/1", "-1", "Ada")]
    public async Task Hostile_card_fields_with_a_valid_token_are_a_field_error_and_take_no_payment(string card, string expiry, string cvc, string name)
    {
        var sessionId = await scenario.CreateAsync();
        using var browser = new CheckoutBrowser(scenario.Gateway);
        var token = Uri.EscapeDataString(await browser.TokenAsync(sessionId));
        using var content = new StringContent($"__RequestVerificationToken={token}&card_number={card}&expiry={expiry}&cvc={cvc}&name_on_card={name}",
            System.Text.Encoding.ASCII, "application/x-www-form-urlencoded");

        using var response = await browser.PostRawAsync($"/pay/{sessionId}", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("pending", (await new CheckoutDatabase(scenario.ConnectionString).SessionAsync(sessionId)).Status);
    }

    [Theory]
    [InlineData("__RequestVerificationToken=%FF%00&card_number=4242424242424242")]
    [InlineData("__RequestVerificationToken=%ZZ&%=&==&&")]
    [InlineData("a=1&a=2&a=3&__RequestVerificationToken=x&__RequestVerificationToken=y")]
    public async Task A_hostile_form_without_a_valid_token_is_a_400_page(string form)
    {
        var sessionId = await scenario.CreateAsync();
        using var browser = new CheckoutBrowser(scenario.Gateway);
        await browser.TokenAsync(sessionId); // the antiforgery cookie is set, the form token is not the page's
        foreach (var path in new[] { $"/pay/{sessionId}", $"/pay/{sessionId}/cancel" })
        {
            using var content = new StringContent(form, System.Text.Encoding.ASCII, "application/x-www-form-urlencoded");
            using var response = await browser.PostRawAsync(path, content);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        }
        Assert.Equal("pending", (await new CheckoutDatabase(scenario.ConnectionString).SessionAsync(sessionId)).Status);
    }

    [Fact]
    public async Task A_query_string_on_a_real_session_page_changes_nothing()
    {
        var sessionId = await scenario.CreateAsync();
        using var response = await scenario.Gateway.Client.GetAsync($"/pay/{sessionId}?x=%00&y=%FF&z=%ED%A0%80&{new string('q', 4000)}=1",
            TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
