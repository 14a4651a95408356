using System.Net;
using System.Text.Json;
using PaymentGateway.IntegrationTests.Checkout.HostedPage;
using PaymentGateway.IntegrationTests.Infrastructure;

namespace PaymentGateway.IntegrationTests.EndToEnd;

/// <summary>
/// A host stops after the payment committed but before the proof got through; a restarted host delivers it once.
/// The customer waits for the first (failing) attempt however slow the machine is, so the host stops after it.
/// </summary>
public sealed class RestartAfterPaymentTests(ProofBeforeRedirectScenario scenario) : IClassFixture<ProofBeforeRedirectScenario>
{
    [Fact]
    public async Task A_payment_whose_proof_was_not_delivered_is_delivered_once_after_a_restart()
    {
        var order = scenario.NewOrder();
        var orderId = order["id"]!.GetValue<string>();
        var mgUp = false;
        scenario.Partners.OnWebhook(scenario.MerchantGateway.Ocid, (webhook, _) =>
        {
            var txid = JsonDocument.Parse(webhook.Body).RootElement.GetProperty("proof").GetProperty("txid").GetString()!;
            return webhook.BodyText.Contains(orderId, StringComparison.Ordinal) && !Volatile.Read(ref mgUp)
                ? WebhookReply.Error(503)
                : WebhookReply.Accepted(txid);
        });

        // Paid through a host of its own, which stops once the customer is redirected.
        var stopping = await scenario.StartGatewayAsync(new Dictionary<string, string?> { ["Hangfire:Server:Enabled"] = "false" });
        var sessionId = await scenario.CreateAsync(order);
        using (var browser = new CheckoutBrowser(stopping))
        {
            using var paid = await browser.PayAsync(sessionId, await browser.TokenAsync(sessionId));
            Assert.Equal(HttpStatusCode.SeeOther, paid.StatusCode);
        }
        await stopping.DisposeAsync();
        Assert.Equal("pending", await DeliveryStateAsync(sessionId));

        Volatile.Write(ref mgUp, true);
        await using var restarted = await scenario.StartGatewayAsync();
        await Eventually.GetAsync(() => DeliveryStateAsync(sessionId), state => state == "delivered", TimeSpan.FromSeconds(90), "delivered after restart");
        await Task.Delay(TimeSpan.FromSeconds(3), TestContext.Current.CancellationToken);

        var webhooks = scenario.Partners.Webhooks(scenario.MerchantGateway.Ocid).Where(w => w.BodyText.Contains(orderId, StringComparison.Ordinal)).ToList();
        Assert.True(webhooks.Count >= 2, "the failed attempt and the delivery");
        Assert.Equal(1L, await Database.ScalarAsync<long>(scenario.ConnectionString,
            "SELECT count(*) FROM settlement.delivery_attempts a JOIN settlement.proofs p ON p.txid = a.txid WHERE p.session_id = $1 AND a.outcome = 'delivered'", sessionId));
        Assert.Equal(1L, await Database.ScalarAsync<long>(scenario.ConnectionString, "SELECT count(*) FROM settlement.journal_entries WHERE session_id = $1", sessionId));
    }

    private Task<string?> DeliveryStateAsync(string sessionId) =>
        Database.ScalarAsync<string>(scenario.ConnectionString,
            "SELECT d.state FROM settlement.deliveries d JOIN settlement.proofs p ON p.txid = d.txid WHERE p.session_id = $1", sessionId);
}
