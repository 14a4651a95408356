using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PaymentGateway.IntegrationTests.Infrastructure;
using PaymentGateway.IntegrationTests.Settlement;

namespace PaymentGateway.IntegrationTests.Operators;

public sealed class OperatorDeliveriesTests(OperatorScenario scenario) : IClassFixture<OperatorScenario>
{
    private readonly SettlementDatabase _db = new(scenario.ConnectionString);

    [Fact]
    public async Task A_dead_delivery_is_listed_with_its_attempts()
    {
        var since = Iso(DateTimeOffset.UtcNow.AddSeconds(-1));
        var (completed, _) = await scenario.DeadDeliveryAsync(caller: 301);
        var txid = await scenario.TxidAsync(completed);

        using var viewer = scenario.Viewer();
        var page = await GetAsync(viewer, $"/operator/deliveries?state=dead&ocid=301&from={since}");
        var delivery = Assert.Single(page.GetProperty("items").EnumerateArray());
        Assert.Equal(txid, delivery.GetProperty("txid").GetString());
        Assert.Equal(completed.SessionId, delivery.GetProperty("session_id").GetString());
        Assert.Equal(301, delivery.GetProperty("ocid").GetInt64());
        Assert.Equal("dead", delivery.GetProperty("state").GetString());
        var attempts = delivery.GetProperty("attempts").EnumerateArray().ToList();
        Assert.Equal([1, 2], attempts.Select(a => a.GetProperty("number").GetInt32()));
        Assert.All(attempts, a => Assert.Equal(500, a.GetProperty("status_code").GetInt32()));
        Assert.All(attempts, a => Assert.Equal("retryable", a.GetProperty("outcome").GetString()));
        Assert.All(attempts, a => Assert.False(string.IsNullOrEmpty(a.GetProperty("reason").GetString())));
        Assert.Equal("first", attempts[0].GetProperty("trigger").GetString());

        Assert.Empty((await GetAsync(viewer, $"/operator/deliveries?state=delivered&ocid=301&from={since}")).GetProperty("items").EnumerateArray());
        using var bad = await viewer.GetAsync("/operator/deliveries?state=lost&ocid=x", TestContext.Current.CancellationToken);
        var error = await bad.AssertErrorAsync(HttpStatusCode.BadRequest, "INVALID_REQUEST");
        Assert.True(error.GetProperty("details").TryGetProperty("state", out _));
        Assert.True(error.GetProperty("details").TryGetProperty("ocid", out _));
    }

    [Fact]
    public async Task Redelivering_one_proof_sends_the_same_bytes_and_records_the_operator()
    {
        var (completed, mg) = await scenario.DeadDeliveryAsync();
        var txid = await scenario.TxidAsync(completed);
        mg.Up();

        using var viewer = scenario.Viewer();
        using (var forbidden = await viewer.PostAsync($"/operator/deliveries/{txid}/redeliver", null, TestContext.Current.CancellationToken))
            await forbidden.AssertErrorAsync(HttpStatusCode.Forbidden, "FORBIDDEN");
        using (var anonymousRequest = new HttpRequestMessage(HttpMethod.Post, $"/operator/deliveries/{txid}/redeliver"))
        {
            anonymousRequest.Headers.Add("X-Requested-By", "integration-tests");
            using var anonymous = await scenario.Gateway.Client.SendAsync(anonymousRequest, TestContext.Current.CancellationToken);
            await anonymous.AssertErrorAsync(HttpStatusCode.Unauthorized, "UNAUTHORIZED");
        }

        using var admin = scenario.Admin();
        using (var accepted = await admin.PostAsync($"/operator/deliveries/{txid}/redeliver", null, TestContext.Current.CancellationToken))
            Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        await Eventually.GetAsync(() => _db.DeliveryStateAsync(completed.SessionId), state => state == "delivered", because: "redelivered");

        var webhooks = scenario.WebhooksFor(completed);
        Assert.Equal(3, webhooks.Count);
        // The same proof and signature, byte for byte (only the request headers are new).
        Assert.Equal(webhooks[0].Body, webhooks[^1].Body);
        var attempts = await _db.AttemptsAsync(completed.SessionId);
        Assert.Equal("operator-redeliver/delivered", $"{attempts[^1].Trigger}/{attempts[^1].Outcome}");
        Assert.Equal("admin", await _db.ScalarAsync<string>(
            "SELECT \"operator\" FROM settlement.operator_actions WHERE txid = $1 AND action = 'operator-redeliver'", txid));

        // Delivered: only with force, which sends the same bytes once more.
        using (var conflict = await admin.PostAsync($"/operator/deliveries/{txid}/redeliver", null, TestContext.Current.CancellationToken))
            await conflict.AssertErrorAsync(HttpStatusCode.Conflict, "CONFLICT");
        using (var forced = await admin.PostAsync($"/operator/deliveries/{txid}/redeliver?force=true", null, TestContext.Current.CancellationToken))
            Assert.Equal(HttpStatusCode.Accepted, forced.StatusCode);
        await Eventually.GetAsync(() => Task.FromResult(scenario.WebhooksFor(completed).Count), count => count == 4, because: "forced resend");
        Assert.Equal(webhooks[0].Body, scenario.WebhooksFor(completed)[^1].Body);
        await Eventually.GetAsync(() => _db.DeliveryStateAsync(completed.SessionId), state => state == "delivered", because: "forced resend accepted");
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_body_above_4_KiB_is_413_and_redelivers_nothing(bool declaresLength)
    {
        var body = System.Text.Encoding.UTF8.GetBytes($$"""{"ocid":300,"pad":"{{new string('x', 5000)}}"}""");
        using var admin = scenario.Admin();
        using var content = declaresLength ? new ByteArrayContent(body) : (HttpContent)new StreamContent(new UnknownLengthStream(body));
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");

        using var response = await admin.PostAsync("/operator/deliveries/redeliver", content, TestContext.Current.CancellationToken);

        var error = await response.AssertErrorAsync(HttpStatusCode.RequestEntityTooLarge, "PAYLOAD_TOO_LARGE");
        Assert.Equal(4096, error.GetProperty("details").GetProperty("maxBytes").GetInt32());
    }

    [Theory]
    [InlineData("pg_%01abc")]
    [InlineData("pg_%7Fabc")]
    [InlineData("pg_0123456789012345678901234567890123456789")]
    public async Task A_txid_no_delivery_can_have_is_400_naming_it_rather_than_404(string txid)
    {
        using var admin = scenario.Admin();
        using var response = await admin.PostAsync($"/operator/deliveries/{txid}/redeliver", null, TestContext.Current.CancellationToken);
        var error = await response.AssertErrorAsync(HttpStatusCode.BadRequest, "INVALID_REQUEST");
        Assert.True(error.GetProperty("details").TryGetProperty("txid", out _), error.ToString());
    }

    [Fact]
    public async Task Unknown_and_in_flight_deliveries_are_not_redelivered()
    {
        using var admin = scenario.Admin();
        using (var unknown = await admin.PostAsync("/operator/deliveries/pg_doesnotexist/redeliver", null, TestContext.Current.CancellationToken))
            await unknown.AssertErrorAsync(HttpStatusCode.NotFound, "NOT_FOUND");

        var completed = scenario.NewCompletion();
        await SettlementScenario.PublishAsync(scenario.Gateway, completed);
        var txid = await scenario.TxidAsync(completed);
        // An attempt in progress on some host: pending and leased.
        await _db.ScalarAsync<int>("""
            WITH u AS (UPDATE settlement.deliveries SET state = 'pending', completed_at = NULL, locked_until = now() + interval '1 hour',
                next_attempt_at = now() + interval '1 hour' WHERE txid = $1 RETURNING 1) SELECT count(*)::int FROM u
            """, txid);
        using (var inFlight = await admin.PostAsync($"/operator/deliveries/{txid}/redeliver?force=true", null, TestContext.Current.CancellationToken))
            await inFlight.AssertErrorAsync(HttpStatusCode.Conflict, "CONFLICT");
        using (var badFlag = await admin.PostAsync($"/operator/deliveries/{txid}/redeliver?force=yes", null, TestContext.Current.CancellationToken))
            await badFlag.AssertErrorAsync(HttpStatusCode.BadRequest, "INVALID_REQUEST");
    }

    [Fact]
    public async Task Bulk_redelivery_revives_the_dead_proofs_of_one_gateway_only()
    {
        var since = DateTimeOffset.UtcNow.AddSeconds(-1);
        var dead = await Task.WhenAll(scenario.DeadDeliveryAsync(), scenario.DeadDeliveryAsync(), scenario.DeadDeliveryAsync(caller: 301));
        foreach (var (_, mg) in dead)
            mg.Up();

        using var admin = scenario.Admin();
        using (var empty = await admin.PostAsJsonAsync("/operator/deliveries/redeliver", new { }, TestContext.Current.CancellationToken))
        {
            var error = await empty.AssertErrorAsync(HttpStatusCode.BadRequest, "INVALID_REQUEST");
            Assert.True(error.GetProperty("details").TryGetProperty("filter", out _));
        }
        using (var badDate = await admin.PostAsJsonAsync("/operator/deliveries/redeliver", new { ocid = 300, from = "soon" }, TestContext.Current.CancellationToken))
            await badDate.AssertErrorAsync(HttpStatusCode.BadRequest, "INVALID_REQUEST");
        using (var viewer = scenario.Viewer())
        using (var forbidden = await viewer.PostAsJsonAsync("/operator/deliveries/redeliver", new { ocid = 300 }, TestContext.Current.CancellationToken))
            await forbidden.AssertErrorAsync(HttpStatusCode.Forbidden, "FORBIDDEN");

        using var response = await admin.PostAsJsonAsync("/operator/deliveries/redeliver",
            new { ocid = 300, from = since.ToString("O", CultureInfo.InvariantCulture) }, TestContext.Current.CancellationToken);
        Assert.Equal(2, (await response.AssertOkJsonAsync()).GetProperty("requeued").GetInt32());

        foreach (var (completed, _) in dead.Take(2))
            await Eventually.GetAsync(() => _db.DeliveryStateAsync(completed.SessionId), state => state == "delivered", because: completed.SessionId);
        await Task.Delay(TimeSpan.FromSeconds(3), TestContext.Current.CancellationToken);
        Assert.Equal("dead", await _db.DeliveryStateAsync(dead[2].Completed.SessionId));
        Assert.Equal(2, scenario.WebhooksFor(dead[2].Completed).Count);
    }

    private static string Iso(DateTimeOffset time) => Uri.EscapeDataString(time.ToString("O", CultureInfo.InvariantCulture));

    private static async Task<JsonElement> GetAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path, TestContext.Current.CancellationToken);
        return await response.AssertOkJsonAsync();
    }
}
