using Microsoft.Extensions.DependencyInjection;
using PaymentGateway.Checkout.Features.ExpireSessions;
using PaymentGateway.IntegrationTests.Checkout.HostedPage;
using PaymentGateway.IntegrationTests.Infrastructure;

namespace PaymentGateway.IntegrationTests.Checkout.Expiry;

public sealed class PayExpiryRaceTests(GatewayScenario scenario) : IClassFixture<GatewayScenario>
{
    [Fact]
    public async Task Pay_racing_expiry_ends_each_of_50_sessions_in_exactly_one_state()
    {
        const int races = 50;
        // Every order expires at the same second, so every payment below races the sweep and the expiry jobs.
        var expiresAt = SignedRequests.Now() + 20;
        using var browser = new CheckoutBrowser(scenario.Gateway);
        var sessions = new List<(string Id, string Token)>();
        for (var i = 0; i < races; i++)
        {
            var id = await scenario.CreateAsync(scenario.NewOrder(expiresAt: expiresAt));
            sessions.Add((id, await browser.TokenAsync(id)));
        }

        var wait = DateTimeOffset.FromUnixTimeSeconds(expiresAt) - DateTimeOffset.UtcNow - TimeSpan.FromMilliseconds(150);
        Assert.True(wait > TimeSpan.Zero, "setting up the races took longer than the orders live");
        await Task.Delay(wait, TestContext.Current.CancellationToken);

        await using var scope = scenario.Gateway.Services.CreateAsyncScope();
        var sweep = scope.ServiceProvider.GetRequiredService<ExpireDueSessionsJob>();
        var payments = sessions.Select(async (session, index) =>
        {
            await Task.Delay(index * 6); // spread over ~300 ms around the expiry instant
            using var response = await browser.PayAsync(session.Id, session.Token);
        });
        await Task.WhenAll([.. payments, SweepAfterAsync(sweep, TimeSpan.FromMilliseconds(150)), SweepAfterAsync(sweep, TimeSpan.FromSeconds(1))]);

        var outcomes = new Dictionary<string, int>();
        foreach (var (id, _) in sessions)
        {
            var status = await Database.ScalarAsync<string>(scenario.ConnectionString, "SELECT status FROM checkout.sessions WHERE id = $1", id);
            var events = await Database.ScalarAsync<long>(scenario.ConnectionString,
                "SELECT count(*) FROM checkout.outbox_messages WHERE payload->>'sessionId' = $1", id);
            Assert.True(status is "completed" or "expired", $"{id} ended {status}");
            Assert.Equal(status == "completed" ? 1 : 0, events);
            outcomes[status!] = outcomes.GetValueOrDefault(status!) + 1;
        }
        TestContext.Current.SendDiagnosticMessage($"outcomes: {string.Join(", ", outcomes.Select(o => $"{o.Key}={o.Value}"))}");
    }

    private static async Task SweepAfterAsync(ExpireDueSessionsJob sweep, TimeSpan delay)
    {
        await Task.Delay(delay);
        await sweep.RunAsync(CancellationToken.None);
    }
}
