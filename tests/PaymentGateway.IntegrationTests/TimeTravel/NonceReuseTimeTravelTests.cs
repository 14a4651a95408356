using System.Net;
using PaymentGateway.IntegrationTests.Infrastructure;
using PaymentGateway.Opencharge;

namespace PaymentGateway.IntegrationTests.TimeTravel;

/// <summary>
/// The protocol allows a nonce again once its replay window (660 s) is over: the claim of a create replaces the lapsed
/// record in its own statement, so reuse does not wait for the purge. Within the window the same nonce is a replay.
/// Its own class (and host): the purge test counts every nonce of the caller.
/// </summary>
public sealed class NonceReuseTimeTravelTests(TimeTravelScenario scenario) : IClassFixture<TimeTravelScenario>
{
    private static readonly TimeSpan ReplayWindow = TimeSpan.FromSeconds(660);

    [Fact]
    public async Task A_nonce_is_a_replay_through_its_window_and_usable_again_after_it_before_any_purge()
    {
        var nonce = RequestSigning.NewNonce();
        var sent = scenario.Clock.GetUtcNow();
        Assert.Equal(HttpStatusCode.OK, await CreateAsync(nonce));

        scenario.Clock.SetUtcNow(sent + ReplayWindow);
        Assert.Equal(HttpStatusCode.Unauthorized, await CreateAsync(nonce));

        scenario.Clock.SetUtcNow(sent + ReplayWindow + TimeSpan.FromSeconds(1));
        Assert.Equal(HttpStatusCode.OK, await CreateAsync(nonce));
        var kept = await Database.ScalarAsync<DateTime>(scenario.ConnectionString,
            "SELECT keep_until FROM merchants.request_nonces WHERE ocid = $1 AND nonce = $2", scenario.MerchantGateway.Ocid, nonce);
        Assert.Equal((sent + ReplayWindow + TimeSpan.FromSeconds(1) + ReplayWindow).UtcDateTime, kept);
    }

    private async Task<HttpStatusCode> CreateAsync(string nonce)
    {
        var order = scenario.NewOrder(expiresAt: scenario.Clock.GetUtcNow().AddHours(1).ToUnixTimeSeconds());
        using var response = await scenario.Gateway.Client.SendSignedAsync(scenario.MerchantGateway, HttpMethod.Post,
            scenario.BasePath + "/checkout/create", TestOrder.CheckoutBody(order, scenario.Merchant),
            timestamp: scenario.Clock.GetUtcNow().ToUnixTimeSeconds(), nonce: nonce);
        return response.StatusCode;
    }
}
