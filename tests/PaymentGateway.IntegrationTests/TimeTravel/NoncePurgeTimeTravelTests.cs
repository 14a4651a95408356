using PaymentGateway.IntegrationTests.Checkout.HostedPage;
using PaymentGateway.IntegrationTests.Infrastructure;
using PaymentGateway.Merchants.Replay;

namespace PaymentGateway.IntegrationTests.TimeTravel;

/// <summary>A request nonce is kept for the replay window (660 s by default) and purged by the first run after it.</summary>
public sealed class NoncePurgeTimeTravelTests(TimeTravelScenario scenario) : IClassFixture<TimeTravelScenario>
{
    private static readonly TimeSpan ReplayWindow = TimeSpan.FromSeconds(660);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_nonce_is_kept_through_the_replay_window_and_purged_after_it()
    {
        var sent = scenario.Clock.GetUtcNow();
        await scenario.CreateAsync();
        var keepUntil = await Database.ScalarAsync<DateTime>(scenario.ConnectionString,
            "SELECT keep_until FROM merchants.request_nonces WHERE ocid = $1", scenario.MerchantGateway.Ocid);
        Assert.Equal(sent.UtcDateTime + ReplayWindow, keepUntil);

        scenario.Clock.SetUtcNow(sent + ReplayWindow);
        Assert.Equal(0, await scenario.Jobs.RunNowAsync<PurgeExpiredNoncesJob, int>(job => job.RunAsync(Ct)));
        Assert.Equal(1L, await CountAsync());

        scenario.Clock.SetUtcNow(sent + ReplayWindow + TimeSpan.FromSeconds(1));
        Assert.Equal(1, await scenario.Jobs.RunNowAsync<PurgeExpiredNoncesJob, int>(job => job.RunAsync(Ct)));
        Assert.Equal(0L, await CountAsync());
    }

    private Task<long> CountAsync() =>
        Database.ScalarAsync<long>(scenario.ConnectionString, "SELECT count(*) FROM merchants.request_nonces WHERE ocid = $1", scenario.MerchantGateway.Ocid);
}
