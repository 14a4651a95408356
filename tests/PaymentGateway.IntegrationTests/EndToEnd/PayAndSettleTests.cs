using System.Diagnostics;
using System.Net;
using System.Text.Json;
using PaymentGateway.IntegrationTests.Checkout.HostedPage;
using PaymentGateway.IntegrationTests.Infrastructure;

namespace PaymentGateway.IntegrationTests.EndToEnd;

/// <summary>The money path through the front doors: signed create, hosted payment, ledger credit, proof at the MG, redirect.</summary>
public sealed class PayAndSettleTests(GatewayScenario scenario) : IClassFixture<GatewayScenario>
{
    [Fact]
    public async Task A_merchant_calling_directly_is_credited_and_gets_the_proof_itself()
    {
        var order = TestOrder.Create(scenario.Merchant.Ocid, [GatewayHost.DefaultIdentity.Ocid], amount: "5.00");
        var orderId = order["id"]!.GetValue<string>();
        using var created = await scenario.CreateCheckoutAsync(order, caller: scenario.Merchant);
        var sessionId = (await created.AssertOkJsonAsync()).GetProperty("session_id").GetString()!;
        using var browser = new CheckoutBrowser(scenario.Gateway);

        using var paid = await browser.PayAsync(sessionId, await browser.TokenAsync(sessionId));
        Assert.Equal(HttpStatusCode.SeeOther, paid.StatusCode);
        var webhook = await Eventually.GetAsync(() => Task.FromResult(scenario.Partners.WebhooksFor(scenario.Merchant.Ocid, orderId)), w => w.Count == 1);
        MerchantGatewayChecks.AssertAcceptable(webhook[0], await MerchantGatewayChecks.PublishedKeyAsync(scenario.Gateway),
            scenario.Merchant.Ocid, orderId, "5.00", "USD");
    }

    [Fact]
    public async Task With_a_slow_merchant_gateway_the_customer_is_redirected_within_three_seconds_and_the_proof_follows()
    {
        var order = scenario.NewOrder();
        var orderId = order["id"]!.GetValue<string>();
        scenario.Partners.OnWebhook(scenario.MerchantGateway.Ocid, (webhook, _) => webhook.BodyText.Contains(orderId, StringComparison.Ordinal)
            ? new WebhookReply(200, """{"status":"accepted","txid":"slow"}""", TimeSpan.FromSeconds(8))
            : WebhookReply.Accepted("other"));
        try
        {
            var sessionId = await scenario.CreateAsync(order);
            using var browser = new CheckoutBrowser(scenario.Gateway);
            var token = await browser.TokenAsync(sessionId);

            var clock = Stopwatch.StartNew();
            using var paid = await browser.PayAsync(sessionId, token);
            Assert.Equal(HttpStatusCode.SeeOther, paid.StatusCode);
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(3), $"redirect took {clock.Elapsed}");

            // The first attempt gives up after 2 s; the retry is due within BaseDelay × 2 = 60 s (full jitter), is picked
            // up by the next schedule poll and takes the MG's 8 s: up to about 75 s by the default schedule.
            await Eventually.GetAsync(() => Database.ScalarAsync<string>(scenario.ConnectionString,
                    "SELECT d.state FROM settlement.deliveries d JOIN settlement.proofs p ON p.txid = d.txid WHERE p.session_id = $1", sessionId),
                state => state == "delivered", TimeSpan.FromSeconds(120), "delivered in the background");
        }
        finally
        {
            scenario.Partners.OnWebhook(scenario.MerchantGateway.Ocid, (webhook, _) =>
                WebhookReply.Accepted(JsonDocument.Parse(webhook.Body).RootElement.GetProperty("proof").GetProperty("txid").GetString()!));
        }
    }

    [Fact]
    public async Task Fifty_concurrent_submits_give_one_credit_and_one_proof()
    {
        var order = scenario.NewOrder();
        var orderId = order["id"]!.GetValue<string>();
        var sessionId = await scenario.CreateAsync(order);
        using var browser = new CheckoutBrowser(scenario.Gateway);
        var token = await browser.TokenAsync(sessionId);

        var responses = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => browser.PayAsync(sessionId, token)));
        Assert.Equal(1, responses.Count(r => r.StatusCode == HttpStatusCode.SeeOther));

        await Eventually.GetAsync(() => Database.ScalarAsync<long>(scenario.ConnectionString,
            "SELECT count(*) FROM checkout.outbox_messages WHERE payload->>'sessionId' = $1 AND processed_at IS NOT NULL", sessionId), n => n == 1);
        Assert.Equal(1L, await Database.ScalarAsync<long>(scenario.ConnectionString, "SELECT count(*) FROM settlement.journal_entries WHERE session_id = $1", sessionId));
        Assert.Single(scenario.Partners.WebhooksFor(scenario.MerchantGateway.Ocid, orderId));
    }
}
