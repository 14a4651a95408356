using System.Net;
using System.Net.Http.Headers;
using System.Text;
using PaymentGateway.IntegrationTests.Settlement;

namespace PaymentGateway.IntegrationTests.TimeTravel;

/// <summary>The default delivery schedule, lived through in seconds: 15 attempts over about three days, dead, redelivered.</summary>
public sealed class DeliveryScheduleTimeTravelTests(TimeTravelScenario scenario) : IClassFixture<TimeTravelScenario>
{
    private const int MaxAttempts = 15;
    private static readonly TimeSpan BaseDelay = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan MaxDelay = TimeSpan.FromHours(12);

    private readonly SettlementDatabase _db = new(scenario.ConnectionString);

    /// <summary>The largest delay after failed attempt n: min(MaxDelay, BaseDelay × 2^n) (README, ADR 0002).</summary>
    private static TimeSpan Cap(int attempt) => TimeSpan.FromTicks(Math.Min(MaxDelay.Ticks, BaseDelay.Ticks << attempt));

    [Fact]
    public async Task Fifteen_attempts_over_about_three_days_then_dead_then_an_operator_redelivery_succeeds()
    {
        var completed = scenario.NewCompletion();
        var mgUp = false;
        scenario.Script(completed.OrderId, _ => Volatile.Read(ref mgUp) ? WebhookReply.Accepted("x") : WebhookReply.Error(503));
        await scenario.Jobs.RunDueAsync(); // what the host enqueued at start-up
        var start = scenario.Clock.GetUtcNow();
        await SettlementScenario.PublishAsync(scenario.Gateway, completed); // credit and the first attempt, inline

        for (var attempt = 1; attempt < MaxAttempts; attempt++)
        {
            var (attempts, state, nextAttemptAt) = await DeliveryAsync(completed.SessionId);
            Assert.Equal((attempt, "pending"), (attempts, state));
            var now = scenario.Clock.GetUtcNow();
            Assert.InRange(nextAttemptAt - now, TimeSpan.Zero, Cap(attempt));
            // The retry job Hangfire holds is due exactly when the deliveries table says.
            Assert.Contains(scenario.Jobs.Scheduled(), job => Math.Abs((job.DueAt - nextAttemptAt.UtcDateTime).TotalMilliseconds) < 10);

            if (nextAttemptAt - now > TimeSpan.FromSeconds(10))
            {
                Assert.Equal(0, await scenario.TravelToAsync(nextAttemptAt - TimeSpan.FromSeconds(6))); // nothing due early
                Assert.Equal(attempt, (await DeliveryAsync(completed.SessionId)).Attempts);
            }
            Assert.True(await scenario.TravelToAsync(nextAttemptAt) >= 1);
        }

        var (finalAttempts, finalState, _) = await DeliveryAsync(completed.SessionId);
        Assert.Equal((MaxAttempts, "dead"), (finalAttempts, finalState));
        Assert.Equal(MaxAttempts, scenario.WebhooksFor(completed).Count);
        var span = scenario.Clock.GetUtcNow() - start;
        var longest = Enumerable.Range(1, MaxAttempts - 1).Aggregate(TimeSpan.Zero, (sum, n) => sum + Cap(n));
        Assert.InRange(longest, TimeSpan.FromDays(2.6), TimeSpan.FromDays(2.8)); // "about three days" at most
        Assert.InRange(span, TimeSpan.FromMinutes(1), longest);
        Assert.Equal(0, await scenario.TravelToAsync(scenario.Clock.GetUtcNow() + TimeSpan.FromDays(30))); // dead stays dead
        Assert.Equal(MaxAttempts, scenario.WebhooksFor(completed).Count);

        Volatile.Write(ref mgUp, true);
        var txid = await _db.ScalarAsync<string>("SELECT txid FROM settlement.proofs WHERE session_id = $1", completed.SessionId);
        using (var admin = new HttpClient { BaseAddress = new Uri(scenario.Gateway.BaseUrl) })
        {
            admin.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic",
                Convert.ToBase64String(Encoding.UTF8.GetBytes($"admin:{TimeTravelScenario.AdminPassword}")));
            admin.DefaultRequestHeaders.Add("X-Requested-By", "integration-tests");
            using var accepted = await admin.PostAsync($"/operator/deliveries/{txid}/redeliver", null, TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        }
        Assert.True(await scenario.Jobs.RunDueAsync() >= 1);

        var (redeliveredAttempts, redeliveredState, _) = await DeliveryAsync(completed.SessionId);
        Assert.Equal((MaxAttempts + 1, "delivered"), (redeliveredAttempts, redeliveredState));
        var webhooks = scenario.WebhooksFor(completed);
        Assert.Equal(MaxAttempts + 1, webhooks.Count);
        Assert.Equal(webhooks[0].Body, webhooks[^1].Body); // the same proof bytes
    }

    private async Task<(int Attempts, string State, DateTimeOffset NextAttemptAt)> DeliveryAsync(string sessionId)
    {
        var attempts = await _db.ScalarAsync<int>("SELECT d.attempts FROM settlement.deliveries d JOIN settlement.proofs p USING (txid) WHERE p.session_id = $1", sessionId);
        var state = await _db.ScalarAsync<string>("SELECT d.state FROM settlement.deliveries d JOIN settlement.proofs p USING (txid) WHERE p.session_id = $1", sessionId);
        var next = await _db.ScalarAsync<DateTime>("SELECT d.next_attempt_at FROM settlement.deliveries d JOIN settlement.proofs p USING (txid) WHERE p.session_id = $1", sessionId);
        return (attempts, state, new DateTimeOffset(DateTime.SpecifyKind(next, DateTimeKind.Utc)));
    }
}
