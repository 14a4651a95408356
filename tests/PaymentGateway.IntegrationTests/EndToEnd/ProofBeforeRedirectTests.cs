using System.Net;
using System.Text.Json;
using PaymentGateway.IntegrationTests.Checkout.HostedPage;
using PaymentGateway.IntegrationTests.Infrastructure;

namespace PaymentGateway.IntegrationTests.EndToEnd;

/// <summary>
/// The protocol's order of events on the money path: the customer is redirected only once the merchant gateway holds a
/// verifiable proof of the credit (when that happens within the redirect budget, generous here).
/// </summary>
public sealed class ProofBeforeRedirectTests(ProofBeforeRedirectScenario scenario) : IClassFixture<ProofBeforeRedirectScenario>
{
    [Fact]
    public async Task Paying_credits_the_merchant_gateway_which_has_a_verifiable_proof_before_the_customer_is_redirected()
    {
        var order = scenario.NewOrder(amount: "12.50");
        var orderId = order["id"]!.GetValue<string>();
        var sessionId = await scenario.CreateAsync(order);
        using var browser = new CheckoutBrowser(scenario.Gateway);

        using var paid = await browser.PayAsync(sessionId, await browser.TokenAsync(sessionId));
        Assert.Equal(HttpStatusCode.SeeOther, paid.StatusCode);
        Assert.Equal("https://merchant.example/checkout/success", paid.Headers.Location!.ToString());

        // Protocol order of events: the MG already holds the proof when the customer is sent back.
        var webhook = Assert.Single(scenario.Partners.WebhooksFor(scenario.MerchantGateway.Ocid, orderId));
        var proof = MerchantGatewayChecks.AssertAcceptable(webhook, await MerchantGatewayChecks.PublishedKeyAsync(scenario.Gateway),
            scenario.MerchantGateway.Ocid, orderId, "12.50", "USD");

        // The MG can recover the same proof from the status endpoint.
        var status = await (await scenario.Gateway.Client.SendSignedAsync(scenario.MerchantGateway, HttpMethod.Get,
            $"{scenario.BasePath}/checkout/{sessionId}")).AssertOkJsonAsync();
        Assert.Equal("completed", status.GetProperty("status").GetString());
        Assert.Equal(proof.GetRawText(), status.GetProperty("proof").GetRawText());
        using var delivered = JsonDocument.Parse(webhook.Body);
        Assert.Equal(delivered.RootElement.GetProperty("signature").GetString(), status.GetProperty("signature").GetString());

        // One balanced journal entry credits the MG.
        Assert.Equal(1L, await Database.ScalarAsync<long>(scenario.ConnectionString, "SELECT count(*) FROM settlement.journal_entries WHERE session_id = $1", sessionId));
        Assert.Equal(0m, await Database.ScalarAsync<decimal>(scenario.ConnectionString,
            "SELECT sum(p.amount) FROM settlement.postings p JOIN settlement.journal_entries e ON e.id = p.entry_id WHERE e.session_id = $1", sessionId));
    }
}
