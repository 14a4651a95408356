using System.Text.RegularExpressions;
using PaymentGateway.IntegrationTests.Infrastructure;

namespace PaymentGateway.IntegrationTests.Checkout.HostedPage;

/// <summary>
/// A customer's browser on the hosted page: keeps cookies (the antiforgery cookie), never follows redirects, and
/// posts forms the way a browser does (urlencoded, with the token read from the page).
/// </summary>
internal sealed partial class CheckoutBrowser(GatewayHost gateway) : IDisposable
{
    private readonly HttpClient _client = gateway.CreateBrowserClient();

    public Task<HttpResponseMessage> OpenAsync(string sessionId) =>
        _client.GetAsync($"/pay/{sessionId}", TestContext.Current.CancellationToken);

    /// <summary>Opens the page and returns its antiforgery token.</summary>
    public async Task<string> TokenAsync(string sessionId)
    {
        using var page = await OpenAsync(sessionId);
        return Token(await page.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    public Task<HttpResponseMessage> PayAsync(string sessionId, string token, string card = TestCards.Succeeds,
        string expiry = TestCards.FutureExpiry, string cvc = "123", string name = "Ada Lovelace") =>
        PostAsync($"/pay/{sessionId}", new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["card_number"] = card,
            ["expiry"] = expiry,
            ["cvc"] = cvc,
            ["name_on_card"] = name,
        });

    public Task<HttpResponseMessage> CancelAsync(string sessionId, string token) =>
        PostAsync($"/pay/{sessionId}/cancel", new Dictionary<string, string> { ["__RequestVerificationToken"] = token });

    public Task<HttpResponseMessage> PostAsync(string path, IDictionary<string, string> fields) =>
        _client.PostAsync(path, new FormUrlEncodedContent(fields), TestContext.Current.CancellationToken);

    /// <summary>Posts exactly this content (e.g. a form body no browser would build) with the browser's cookies.</summary>
    public Task<HttpResponseMessage> PostRawAsync(string path, HttpContent content) =>
        _client.PostAsync(path, content, TestContext.Current.CancellationToken);

    public static string Token(string html)
    {
        var match = TokenPattern().Match(html);
        Assert.True(match.Success, "The page has no antiforgery token field.");
        return System.Net.WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    public void Dispose() => _client.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
