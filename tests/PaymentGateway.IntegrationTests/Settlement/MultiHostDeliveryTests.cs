using PaymentGateway.IntegrationTests.Infrastructure;

namespace PaymentGateway.IntegrationTests.Settlement;

/// <summary>Two hosts of the gateway on one database, both relaying the same events and both running Hangfire.</summary>
public sealed class MultiHostDeliveryTests(SettlementScenario scenario) : IClassFixture<SettlementScenario>
{
    private readonly SettlementDatabase _db = new(scenario.ConnectionString);

    [Fact]
    public async Task Two_hosts_never_deliver_one_proof_twice_or_at_the_same_moment()
    {
        await using var second = await scenario.StartGatewayAsync();
        var events = Enumerable.Range(0, 5).Select(_ => scenario.NewCompletion()).ToList();
        foreach (var completed in events)
            scenario.Script(completed.OrderId, call => call <= 2 ? WebhookReply.Error(503) : WebhookReply.Accepted("x"));

        // Each event reaches both hosts at once, as when two relays race on the outbox.
        await Task.WhenAll(events.SelectMany(completed => new[]
        {
            Task.Run(() => SettlementScenario.PublishAsync(scenario.Gateway, completed)),
            Task.Run(() => SettlementScenario.PublishAsync(second, completed)),
        }));

        foreach (var completed in events)
            await Eventually.GetAsync(() => _db.DeliveryStateAsync(completed.SessionId), state => state == "delivered", because: completed.SessionId);
        // Long enough for any stray duplicate job (retry delays are at most 2 s here) to show up.
        await Task.Delay(TimeSpan.FromSeconds(4), TestContext.Current.CancellationToken);

        foreach (var completed in events)
        {
            Assert.Equal(1, await _db.CountAsync("SELECT count(*) FROM settlement.journal_entries WHERE session_id = $1", completed.SessionId));
            Assert.Equal(3, scenario.WebhooksFor(completed).Count);
            var attempts = await _db.AttemptsAsync(completed.SessionId);
            Assert.Equal(["retryable", "retryable", "delivered"], attempts.Select(a => a.Outcome));
            // The lease: each attempt ended before the next one started.
            for (var i = 1; i < attempts.Count; i++)
                Assert.True(attempts[i - 1].EndedAt <= attempts[i].StartedAt, $"attempts {i} and {i + 1} of {completed.SessionId} overlap");
        }
    }
}
