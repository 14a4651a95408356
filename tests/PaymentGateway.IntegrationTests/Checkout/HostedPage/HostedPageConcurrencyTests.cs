using System.Net;

namespace PaymentGateway.IntegrationTests.Checkout.HostedPage;

public sealed class HostedPageConcurrencyTests(HostedPageScenario scenario) : IClassFixture<HostedPageScenario>
{
    [Fact]
    public async Task Fifty_concurrent_submits_complete_one_payment_and_write_one_event()
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
                Assert.Equal(HttpStatusCode.Conflict, loser.StatusCode);
                Assert.Contains("Payment received", await loser.BodyAsync());
            }
            var database = new CheckoutDatabase(scenario.ConnectionString);
            Assert.Equal("completed", (await database.SessionAsync(sessionId)).Status);
            Assert.Equal(1, await database.OutboxCountAsync(sessionId));
        }
        finally
        {
            foreach (var response in responses)
                response.Dispose();
        }
    }
}
