using System.Net;
using PaymentGateway.IntegrationTests.Infrastructure;

namespace PaymentGateway.IntegrationTests.Operations;

/// <summary>PostgreSQL goes away under a running gateway and comes back; the host is never restarted.</summary>
public sealed class DatabaseOutageTests(DatabaseOutageScenario scenario) : IClassFixture<DatabaseOutageScenario>
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(20);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<HttpStatusCode> ReadyStatusAsync()
    {
        using var response = await scenario.Gateway.Client.GetAsync("/health/ready", Ct);
        return response.StatusCode;
    }

    private async Task WaitForReadyAsync(HttpStatusCode expected)
    {
        var until = DateTime.UtcNow + Deadline;
        var last = await ReadyStatusAsync();
        while (last != expected && DateTime.UtcNow < until)
        {
            await Task.Delay(200, Ct);
            last = await ReadyStatusAsync();
        }
        Assert.Equal(expected, last);
    }

    [Fact]
    public async Task Ready_follows_the_database_and_live_does_not()
    {
        await WaitForReadyAsync(HttpStatusCode.OK);
        scenario.Proxy.Cut();
        try
        {
            await WaitForReadyAsync(HttpStatusCode.ServiceUnavailable);
            using var ready = await scenario.Gateway.Client.GetAsync("/health/ready", Ct);
            var body = await ready.Content.ReadAsStringAsync(Ct);
            Assert.Contains("\"postgresql\":{\"status\":\"Unhealthy\"", body, StringComparison.Ordinal);
            Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
            using var live = await scenario.Gateway.Client.GetAsync("/health/live", Ct);
            Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        }
        finally
        {
            scenario.Proxy.Restore();
        }
        await WaitForReadyAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Create_answers_503_during_the_outage_stores_nothing_and_works_again_after_it()
    {
        await WaitForReadyAsync(HttpStatusCode.OK);
        await (await scenario.CreateCheckoutAsync()).AssertOkJsonAsync(); // the pool holds live connections now
        var order = scenario.NewOrder();
        var orderId = order["id"]!.GetValue<string>();

        scenario.Proxy.Cut();
        try
        {
            using var during = await scenario.CreateCheckoutAsync(order);
            var body = await during.Content.ReadAsStringAsync(Ct);
            await during.AssertErrorAsync(HttpStatusCode.ServiceUnavailable, "SERVICE_UNAVAILABLE");
            Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
            Assert.DoesNotContain("Npgsql", body, StringComparison.OrdinalIgnoreCase);
            Assert.True(during.Headers.RetryAfter is not null, "a 503 tells the caller when to retry");
            Assert.True(during.Headers.Contains("X-OC-Signature"), "the error is signed like any Opencharge response");

            // A second request while still cut: the pool has no healthy connection to hand out either.
            using var again = await scenario.CreateCheckoutAsync(scenario.NewOrder());
            await again.AssertErrorAsync(HttpStatusCode.ServiceUnavailable, "SERVICE_UNAVAILABLE");
        }
        finally
        {
            scenario.Proxy.Restore();
        }

        Assert.Equal(0L, await Database.ScalarAsync<long>(scenario.ConnectionString,
            "SELECT count(*) FROM checkout.sessions WHERE order_id = $1", orderId));
        using var after = await scenario.CreateCheckoutAsync(order);
        var json = await after.AssertOkJsonAsync();
        Assert.Equal(1L, await Database.ScalarAsync<long>(scenario.ConnectionString,
            "SELECT count(*) FROM checkout.sessions WHERE order_id = $1 AND id = $2", orderId, json.GetProperty("session_id").GetString()!));
    }

    [Fact]
    public async Task The_hosted_page_shows_a_try_again_page_during_the_outage_and_works_after_it()
    {
        await WaitForReadyAsync(HttpStatusCode.OK);
        var created = await (await scenario.CreateCheckoutAsync()).AssertOkJsonAsync();
        var path = "/pay/" + created.GetProperty("session_id").GetString();
        scenario.Proxy.Cut();
        try
        {
            using var page = await scenario.Gateway.Client.GetAsync(path, Ct);
            var body = await page.Content.ReadAsStringAsync(Ct);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, page.StatusCode);
            Assert.Contains("Temporarily unavailable", body, StringComparison.Ordinal);
            Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
        }
        finally
        {
            scenario.Proxy.Restore();
        }
        await WaitForReadyAsync(HttpStatusCode.OK);
        using var recovered = await scenario.Gateway.Client.GetAsync(path, Ct);
        Assert.Equal(HttpStatusCode.OK, recovered.StatusCode);
    }
}
