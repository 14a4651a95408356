using Microsoft.Extensions.DependencyInjection;
using PaymentGateway.Checkout.Features.ExpireSessions;
using PaymentGateway.IntegrationTests.Checkout.HostedPage;
using PaymentGateway.IntegrationTests.Infrastructure;

namespace PaymentGateway.IntegrationTests.Checkout.Expiry;

public sealed class SessionExpiryTests(ShortLivedScenario scenario) : IClassFixture<ShortLivedScenario>
{
    private Task<string?> StatusAsync(string sessionId) =>
        Database.ScalarAsync<string>(scenario.ConnectionString, "SELECT status FROM checkout.sessions WHERE id = $1", sessionId);

    [Fact]
    public async Task A_session_is_expired_by_its_delayed_job_within_seconds_of_its_expiry()
    {
        var sessionId = await scenario.CreateAsync();
        await Eventually.GetAsync(() => StatusAsync(sessionId), status => status == "expired", TimeSpan.FromSeconds(40), "session expired");

        var lag = await Database.ScalarAsync<double>(scenario.ConnectionString,
            "SELECT extract(epoch FROM ended_at - expires_at) FROM checkout.sessions WHERE id = $1", sessionId);
        Assert.InRange(lag, 0, 30);
        // The order and its evidence stay for audit.
        Assert.NotNull(await Database.ScalarAsync<string>(scenario.ConnectionString, "SELECT order_json FROM checkout.sessions WHERE id = $1", sessionId));

        using var browser = new CheckoutBrowser(scenario.Gateway);
        var page = await (await browser.OpenAsync(sessionId)).BodyAsync();
        Assert.Contains("This checkout has expired", page);
        var status = await (await scenario.Gateway.Client.SendSignedAsync(scenario.MerchantGateway, HttpMethod.Get,
            $"{scenario.BasePath}/checkout/{sessionId}")).AssertOkJsonAsync();
        Assert.Equal("expired", status.GetProperty("status").GetString());
    }

    [Fact]
    public async Task The_sweep_expires_every_due_session_that_no_job_expired()
    {
        await using var withoutJobs = await scenario.StartGatewayAsync(new Dictionary<string, string?>
        {
            ["Checkout:Expiry:JobWindow"] = "00:00:00",
            ["Checkout:Expiry:SweepBatchSize"] = "7",
            ["Hangfire:Server:Enabled"] = "false",
        });
        var sessionIds = new List<string>();
        for (var i = 0; i < 20; i++)
        {
            using var response = await scenario.CreateCheckoutAsync(gateway: withoutJobs);
            sessionIds.Add((await response.AssertOkJsonAsync()).GetProperty("session_id").GetString()!);
        }
        await Task.Delay(TimeSpan.FromSeconds(3.5), TestContext.Current.CancellationToken);

        await using var scope = withoutJobs.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ExpireDueSessionsJob>().RunAsync(TestContext.Current.CancellationToken);

        foreach (var sessionId in sessionIds)
            Assert.Equal("expired", await StatusAsync(sessionId));
    }
}
