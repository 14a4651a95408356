using System.Net;
using PaymentGateway.IntegrationTests.Infrastructure;

namespace PaymentGateway.IntegrationTests.Checkout.HostedPage;

public sealed class HostedPageCsrfTests(GatewayScenario scenario) : IClassFixture<GatewayScenario>
{
    private CheckoutDatabase Database => new(scenario.ConnectionString);

    [Fact]
    public async Task A_payment_without_a_token_is_rejected()
    {
        var sessionId = await scenario.CreateAsync();
        using var browser = new CheckoutBrowser(scenario.Gateway);
        await browser.TokenAsync(sessionId); // the cookie is set; the form field is what is missing

        using var response = await browser.PostAsync($"/pay/{sessionId}", new Dictionary<string, string>
        {
            ["card_number"] = TestCards.Succeeds, ["expiry"] = TestCards.FutureExpiry, ["cvc"] = "123", ["name_on_card"] = "Ada",
        });

        await AssertRejectedAsync(response, sessionId);
    }

    [Fact]
    public async Task A_payment_with_a_forged_token_is_rejected()
    {
        var sessionId = await scenario.CreateAsync();
        using var browser = new CheckoutBrowser(scenario.Gateway);
        await browser.TokenAsync(sessionId);

        using var response = await browser.PayAsync(sessionId, "CfDJ8forged-token");

        await AssertRejectedAsync(response, sessionId);
    }

    [Fact]
    public async Task A_token_from_another_browser_is_rejected()
    {
        var sessionId = await scenario.CreateAsync();
        using var victim = new CheckoutBrowser(scenario.Gateway);
        using var attacker = new CheckoutBrowser(scenario.Gateway);
        var attackerToken = await attacker.TokenAsync(sessionId);
        await victim.TokenAsync(sessionId);

        using var paid = await victim.PayAsync(sessionId, attackerToken);
        await AssertRejectedAsync(paid, sessionId);
        using var cancelled = await victim.CancelAsync(sessionId, attackerToken);
        await AssertRejectedAsync(cancelled, sessionId);
    }

    private async Task AssertRejectedAsync(HttpResponseMessage response, string sessionId)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("could not be verified", await response.BodyAsync());
        Assert.Equal("pending", (await Database.SessionAsync(sessionId)).Status);
        Assert.Equal(0, await Database.OutboxCountAsync(sessionId));
    }
}
