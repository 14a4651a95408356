using PaymentGateway.IntegrationTests.Infrastructure;

namespace PaymentGateway.IntegrationTests.Settlement;

/// <summary>
/// Whatever a merchant gateway answers to a proof delivery is recorded as the attempt's reason and the delivery goes
/// on: control characters, escapes of lone surrogates and long texts cut in the middle of a character included.
/// </summary>
public sealed class HostileWebhookAnswerTests(SettlementScenario scenario) : IClassFixture<SettlementScenario>
{
    private readonly SettlementDatabase _db = new(scenario.ConnectionString);

    [Fact]
    public async Task Unstorable_answers_are_recorded_readably_and_the_delivery_goes_on()
    {
        var completed = scenario.NewCompletion();
        // 1: a NUL and 300 emoji, so that the 200-character excerpt ends between the halves of a surrogate pair.
        // 2: JSON escapes of a lone surrogate and of NUL in the error message (a raw string: the escapes stay text).
        scenario.Script(completed.OrderId, call => call switch
        {
            1 => new WebhookReply(500, "x\0" + string.Concat(Enumerable.Repeat("\ud83d\ude00", 300))),
            2 => new WebhookReply(503, """{"error":{"code":"X","message":"bad \ud800 and \u0000 here"}}"""),
            _ => WebhookReply.Accepted("x"),
        });

        await SettlementScenario.PublishAsync(scenario.Gateway, completed);

        await Eventually.GetAsync(() => _db.DeliveryStateAsync(completed.SessionId), state => state == "delivered",
            TimeSpan.FromSeconds(40), because: "delivered on the third attempt");
        var attempts = await _db.AttemptsAsync(completed.SessionId);
        Assert.Equal(["retryable/500", "retryable/503", "delivered/200"], attempts.Select(a => $"{a.Outcome}/{a.HttpStatus}"));
        foreach (var reason in attempts.Select(a => a.Reason))
        {
            Assert.DoesNotContain('\0', reason);
            Assert.False(reason.Length > 0 && char.IsHighSurrogate(reason[^1]), reason);
        }
        Assert.Contains("bad", attempts[1].Reason, StringComparison.Ordinal);
        Assert.Equal(3, scenario.WebhooksFor(completed).Count);
    }
}
