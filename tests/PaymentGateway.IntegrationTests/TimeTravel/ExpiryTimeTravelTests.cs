using PaymentGateway.Checkout.Features.ExpireSessions;
using PaymentGateway.IntegrationTests.Checkout.HostedPage;
using PaymentGateway.IntegrationTests.Infrastructure;

namespace PaymentGateway.IntegrationTests.TimeTravel;

/// <summary>A session of the default 30-minute lifetime is pending a second before and expired exactly at 30 minutes.</summary>
public sealed class ExpiryTimeTravelTests(TimeTravelScenario scenario) : IClassFixture<TimeTravelScenario>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_session_expires_exactly_thirty_minutes_after_its_creation()
    {
        await scenario.Jobs.RunDueAsync(); // what the host enqueued at start-up
        var created = scenario.Clock.GetUtcNow();
        var sessionId = await scenario.CreateAsync();
        var expiresAt = await Database.ScalarAsync<DateTime>(scenario.ConnectionString, "SELECT expires_at FROM checkout.sessions WHERE id = $1", sessionId);
        Assert.Equal(created.UtcDateTime.AddMinutes(30), expiresAt);
        // Its window's delayed job is due at that very instant (the clock starts on a window boundary).
        Assert.Contains(scenario.Jobs.Scheduled(), job => job.Name.Contains(nameof(ExpireDueSessionsJob.RunWindowAsync), StringComparison.Ordinal) && job.DueAt == expiresAt);

        await scenario.TravelToAsync(created.AddMinutes(30).AddSeconds(-1));
        Assert.Equal(0, await scenario.Jobs.RunNowAsync<ExpireDueSessionsJob, int>(job => job.RunAsync(Ct))); // the minutely sweep too
        Assert.Equal("pending", await StatusAsync(sessionId));

        Assert.True(await scenario.TravelToAsync(created.AddMinutes(30)) >= 1);
        Assert.Equal("expired", await StatusAsync(sessionId));
        using var browser = new CheckoutBrowser(scenario.Gateway);
        using var page = await browser.OpenAsync(sessionId);
        Assert.Contains("expired", await page.Content.ReadAsStringAsync(Ct), StringComparison.OrdinalIgnoreCase);
    }

    private Task<string?> StatusAsync(string sessionId) =>
        Database.ScalarAsync<string>(scenario.ConnectionString, "SELECT status FROM checkout.sessions WHERE id = $1", sessionId);
}
