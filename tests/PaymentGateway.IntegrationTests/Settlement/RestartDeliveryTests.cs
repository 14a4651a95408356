using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using PaymentGateway.IntegrationTests.Infrastructure;

namespace PaymentGateway.IntegrationTests.Settlement;

public sealed class RestartDeliveryTests(RestartScenario scenario) : IClassFixture<RestartScenario>
{
    private static readonly Dictionary<string, string?> WithServer = new() { ["Hangfire:Server:Enabled"] = "true" };

    private readonly SettlementDatabase _db = new(scenario.ConnectionString);

    [Fact]
    public async Task A_proof_left_pending_by_a_stopped_host_is_delivered_once_after_restart()
    {
        var completed = scenario.NewCompletion();
        var mgDown = true;
        scenario.Script(completed.OrderId, _ => Volatile.Read(ref mgDown) ? WebhookReply.Error(503) : WebhookReply.Accepted("x"));

        // The credit commits, the first attempt fails, and the host stops before anything retries it.
        var stopped = await scenario.StartGatewayAsync();
        await SettlementScenario.PublishAsync(stopped, completed);
        await stopped.DisposeAsync();
        Assert.Equal("pending", await _db.DeliveryStateAsync(completed.SessionId));

        Volatile.Write(ref mgDown, false);
        await using var restarted = await scenario.StartGatewayAsync(WithServer);
        await Eventually.GetAsync(() => _db.DeliveryStateAsync(completed.SessionId), state => state == "delivered", because: "delivered after restart");
        await Task.Delay(TimeSpan.FromSeconds(4), TestContext.Current.CancellationToken);

        Assert.Equal(2, scenario.WebhooksFor(completed).Count);
        Assert.Equal(["retryable", "delivered"], (await _db.AttemptsAsync(completed.SessionId)).Select(a => a.Outcome));
    }

    [Fact]
    public async Task A_dead_delivery_fails_its_job_and_an_operator_requeue_delivers_it()
    {
        var completed = scenario.NewCompletion();
        var mgDown = true;
        scenario.Script(completed.OrderId, _ => Volatile.Read(ref mgDown) ? WebhookReply.Error(500) : WebhookReply.Accepted("x"));
        await using var host = await scenario.StartGatewayAsync(WithServer);
        await SettlementScenario.PublishAsync(host, completed);

        // MaxAttempts is 2 here: the first attempt and one retry.
        await Eventually.GetAsync(() => _db.DeliveryStateAsync(completed.SessionId), state => state == "dead", because: "dead after two attempts");
        var jobId = await _db.ScalarAsync<string>(
            "SELECT d.dead_job_id FROM settlement.deliveries d JOIN settlement.proofs p ON p.txid = d.txid WHERE p.session_id = $1", completed.SessionId);
        var storage = host.Services.GetRequiredService<JobStorage>();
        await Eventually.GetAsync(() => Task.FromResult(JobState(storage, jobId)), state => state == "Failed", because: "the last job ends Failed");

        Volatile.Write(ref mgDown, false);
        // What the dashboard's Requeue button does.
        Assert.True(host.Services.GetRequiredService<IBackgroundJobClient>().Requeue(jobId));
        await Eventually.GetAsync(() => _db.DeliveryStateAsync(completed.SessionId), state => state == "delivered", because: "delivered after requeue");

        var attempts = (await _db.AttemptsAsync(completed.SessionId)).Select(a => $"{a.Trigger}/{a.Outcome}").ToList();
        // The second attempt is the scheduled retry, or the resume sweep if it found the delivery due first.
        Assert.Contains(attempts[1], new[] { "retry/retryable", "resume/retryable" });
        Assert.Equal(["first/retryable", attempts[1], "operator-requeue/delivered"], attempts);
        Assert.Equal(1, await _db.CountAsync(
            "SELECT requeue_count::bigint FROM settlement.deliveries d JOIN settlement.proofs p ON p.txid = d.txid WHERE p.session_id = $1", completed.SessionId));
        await Eventually.GetAsync(() => Task.FromResult(JobState(storage, jobId)), state => state == "Succeeded", because: "the requeued job succeeds");
    }

    private static string? JobState(JobStorage storage, string jobId)
    {
        using var connection = storage.GetConnection();
        return connection.GetStateData(jobId)?.Name;
    }
}
