using System.Net;
using PaymentGateway.IntegrationTests.Infrastructure;

namespace PaymentGateway.IntegrationTests.Checkout.HostedPage;

public sealed class HostedPageConcurrencyTests(GatewayScenario scenario) : IClassFixture<GatewayScenario>
{
    [Fact]
    public async Task Fifty_concurrent_submits_charge_the_card_once_complete_one_payment_and_write_one_event()
    {
        var sessionId = await scenario.CreateAsync();
        using var browser = new CheckoutBrowser(scenario.Gateway);
        var token = await browser.TokenAsync(sessionId);

        var responses = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => browser.PayAsync(sessionId, token)));
        try
        {
            Assert.Single(responses, r => r.StatusCode == HttpStatusCode.SeeOther);
            foreach (var loser in responses.Where(r => r.StatusCode != HttpStatusCode.SeeOther))
            {
                // A loser found the session claimed by the winner (in progress) or already paid; it charged nothing.
                Assert.Equal(HttpStatusCode.Conflict, loser.StatusCode);
                var html = await loser.BodyAsync();
                Assert.True(html.Contains("Payment received", StringComparison.Ordinal) || html.Contains("Payment in progress", StringComparison.Ordinal), html);
            }
            var database = new CheckoutDatabase(scenario.ConnectionString);
            var session = await database.SessionAsync(sessionId);
            Assert.Equal("completed", session.Status);
            Assert.Equal(1, await database.OutboxCountAsync(sessionId));

            // Counted at the processor: one charge request, approved, never voided, and it is the session's payment.
            var charge = Assert.Single(await database.ChargesAsync(sessionId));
            Assert.True(charge.Approved);
            Assert.Equal(1, charge.Requests);
            Assert.False(charge.Voided);
            Assert.Equal(session.PaymentId, charge.PaymentId);
        }
        finally
        {
            foreach (var response in responses)
                response.Dispose();
        }
    }
}
