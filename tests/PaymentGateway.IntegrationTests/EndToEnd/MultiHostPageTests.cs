using System.Net;
using PaymentGateway.IntegrationTests.Checkout.HostedPage;
using PaymentGateway.IntegrationTests.Infrastructure;

namespace PaymentGateway.IntegrationTests.EndToEnd;

/// <summary>Behind a load balancer the page and its form post may hit different hosts of the same gateway.</summary>
public sealed class MultiHostPageTests(GatewayScenario scenario) : IClassFixture<GatewayScenario>
{
    [Fact]
    public async Task A_form_rendered_by_one_host_is_accepted_by_another()
    {
        await using var second = await scenario.StartGatewayAsync();
        var sessionId = await scenario.CreateAsync();
        var cookies = new CookieContainer(); // cookies ignore ports: one browser, two hosts on 127.0.0.1
        using var toFirst = Client(scenario.Gateway.BaseUrl, cookies);
        using var toSecond = Client(second.BaseUrl, cookies);

        using var page = await toFirst.GetAsync($"/pay/{sessionId}", TestContext.Current.CancellationToken);
        var token = CheckoutBrowser.Token(await page.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        using var paid = await toSecond.PostAsync($"/pay/{sessionId}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["card_number"] = TestCards.Succeeds,
            ["expiry"] = TestCards.FutureExpiry,
            ["cvc"] = "123",
            ["name_on_card"] = "Ada Lovelace",
        }), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.SeeOther, paid.StatusCode);
        // What makes that hold across machines (not only two processes sharing a home folder): the key ring lives in the database.
        Assert.True(await Database.ScalarAsync<long>(scenario.ConnectionString, "SELECT count(*) FROM host.data_protection_keys") >= 1);
    }

    private static HttpClient Client(string baseUrl, CookieContainer cookies) =>
        new(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = cookies }) { BaseAddress = new Uri(baseUrl) };
}
