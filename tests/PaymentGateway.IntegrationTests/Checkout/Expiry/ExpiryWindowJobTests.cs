using PaymentGateway.IntegrationTests.Infrastructure;

namespace PaymentGateway.IntegrationTests.Checkout.Expiry;

/// <summary>The delayed expiry job of a window is scheduled once, whichever hosts create the window's sessions.</summary>
public sealed class ExpiryWindowJobTests(GatewayScenario scenario) : IClassFixture<GatewayScenario>
{
    [Fact]
    public async Task Sessions_of_one_expiry_window_created_on_two_hosts_share_one_delayed_job()
    {
        await using var second = await scenario.StartGatewayAsync();
        // Every order expires at the same second, so every session lands in the same 5-second window.
        var expiresAt = DateTimeOffset.UtcNow.ToUnixTimeSeconds() + 600;
        for (var i = 0; i < 3; i++)
        {
            foreach (var host in new[] { scenario.Gateway, second })
            {
                using var response = await scenario.CreateCheckoutAsync(scenario.NewOrder(expiresAt: expiresAt), gateway: host);
                await response.AssertOkJsonAsync();
            }
        }

        Assert.Equal(6L, await Database.ScalarAsync<long>(scenario.ConnectionString,
            "SELECT count(*) FROM checkout.sessions WHERE expires_at = to_timestamp($1)", (double)expiresAt));
        var windowEnd = (expiresAt + 4) / 5 * 5;
        Assert.Equal(1L, await Database.ScalarAsync<long>(scenario.ConnectionString,
            "SELECT count(*) FROM checkout.expiry_windows WHERE due_by = to_timestamp($1)", (double)windowEnd));
        Assert.Equal(1L, await Database.ScalarAsync<long>(scenario.ConnectionString,
            "SELECT count(*) FROM hangfire.job WHERE invocationdata::text LIKE '%RunWindowAsync%'"));
    }
}
