using System.Net;
using PaymentGateway.Checkout.Features.Housekeeping;
using PaymentGateway.IntegrationTests.Checkout.HostedPage;
using PaymentGateway.IntegrationTests.Infrastructure;

namespace PaymentGateway.IntegrationTests.TimeTravel;

/// <summary>A paid session's outbox message is kept for the default 7-day retention after its relay, then purged.</summary>
public sealed class OutboxRetentionTimeTravelTests(TimeTravelScenario scenario) : IClassFixture<TimeTravelScenario>
{
    private static readonly TimeSpan Retention = TimeSpan.FromDays(7);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_relayed_message_is_kept_seven_days_and_purged_after_them()
    {
        var sessionId = await scenario.CreateAsync();
        using (var browser = new CheckoutBrowser(scenario.Gateway))
        {
            var token = await browser.TokenAsync(sessionId);
            using var paid = await browser.PayAsync(sessionId, token);
            Assert.Equal(HttpStatusCode.SeeOther, paid.StatusCode);
        }
        var relayedAt = scenario.Clock.GetUtcNow();
        const string Relayed = "SELECT count(*) FROM checkout.outbox_messages WHERE processed_at = $1";
        Assert.Equal(1L, await Eventually.GetAsync(() => Database.ScalarAsync<long>(scenario.ConnectionString, Relayed, relayedAt),
            count => count == 1, because: "relayed at the gateway's clock"));

        scenario.Clock.SetUtcNow(relayedAt + Retention);
        Assert.Equal(0, await scenario.Jobs.RunNowAsync<PurgeRelayedEventsJob, int>(job => job.RunAsync(Ct)));
        Assert.Equal(1L, await Database.ScalarAsync<long>(scenario.ConnectionString, Relayed, relayedAt));

        scenario.Clock.SetUtcNow(relayedAt + Retention + TimeSpan.FromSeconds(1));
        Assert.Equal(1, await scenario.Jobs.RunNowAsync<PurgeRelayedEventsJob, int>(job => job.RunAsync(Ct)));
        Assert.Equal(0L, await Database.ScalarAsync<long>(scenario.ConnectionString, "SELECT count(*) FROM checkout.outbox_messages"));
    }
}
