using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using PaymentGateway.Checkout.Contracts;
using PaymentGateway.IntegrationTests.Infrastructure;
using PaymentGateway.IntegrationTests.Operations;
using PaymentGateway.IntegrationTests.Settlement;
using PaymentGateway.Modularity.Messaging;

namespace PaymentGateway.IntegrationTests.Operators;

/// <summary>
/// A CheckoutCompleted that cannot be handled (its amount is not an Opencharge amount, as an older version could have
/// written it) in the Checkout outbox: the
/// relay must park it after Outbox:MaxAttempts, show it to operators and in /metrics, and, once the data is fixed,
/// an admin's replay credits and delivers it exactly once. In the metrics collection: it reads /metrics.
/// </summary>
[Collection(MetricsCollection.Name)]
public sealed class PoisonMessageTests(PoisonMessageScenario scenario) : IClassFixture<PoisonMessageScenario>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private readonly SettlementDatabase _db = new(scenario.ConnectionString);

    [Fact]
    public async Task A_poison_event_is_parked_listed_and_measured_and_after_the_fix_an_admin_replay_delivers_it_once()
    {
        // "12,50" is not an Opencharge amount: the event cannot be read, on every attempt, until someone fixes the data.
        var completed = scenario.NewCompletion(amount: "12.50");
        await PlantAsync(completed, amount: "12,50");

        var parkedAt = await Eventually.GetAsync(() => ColumnAsync<DateTime?>(completed.EventId, "parked_at"), at => at is not null,
            TimeSpan.FromSeconds(60), "parked after three attempts");
        Assert.Equal(PoisonMessageScenario.MaxAttempts, await ColumnAsync<int>(completed.EventId, "attempts"));
        var lastError = await ColumnAsync<string>(completed.EventId, "last_error");
        Assert.StartsWith("System.Text.Json.JsonException: ", lastError, StringComparison.Ordinal);
        Assert.Contains("'12,50'", lastError, StringComparison.Ordinal);
        Assert.Equal(0, await CreditsAsync(completed));

        // Parked means left alone: several poll intervals (0.5 s) later it has not been tried again.
        await Task.Delay(TimeSpan.FromSeconds(3), Ct);
        Assert.Equal(PoisonMessageScenario.MaxAttempts, await ColumnAsync<int>(completed.EventId, "attempts"));
        Assert.Equal(parkedAt, await ColumnAsync<DateTime?>(completed.EventId, "parked_at"));

        // One line per attempt, none with a stack trace; the exception itself only at Debug, on the first and last attempt.
        var lines = scenario.Logs.Lines.Where(line => line.Message.Contains(completed.EventId.ToString(), StringComparison.Ordinal)).ToList();
        var attemptLines = lines.Where(line => line.Level >= LogLevel.Warning).ToList();
        Assert.Equal([LogLevel.Warning, LogLevel.Warning, LogLevel.Error], attemptLines.Select(line => line.Level));
        Assert.All(attemptLines, line => Assert.Null(line.Exception));
        Assert.All(attemptLines, line => Assert.Contains("System.Text.Json.JsonException: '12,50'", line.Message, StringComparison.Ordinal));
        Assert.Contains("parked after 3 failed attempts", attemptLines[^1].Message, StringComparison.Ordinal);
        Assert.Equal(2, lines.Count(line => line.Level == LogLevel.Debug && line.Exception is not null));

        // Operators see it, with its error; read-only operators may look but not replay.
        using var viewer = scenario.Viewer();
        var page = await (await viewer.GetAsync("/operator/outbox/parked", Ct)).AssertOkJsonAsync();
        var item = Assert.Single(page.GetProperty("items").EnumerateArray(), i => i.GetProperty("id").GetGuid() == completed.EventId);
        Assert.Equal(PoisonMessageScenario.MaxAttempts, item.GetProperty("attempts").GetInt32());
        Assert.Equal(lastError, item.GetProperty("last_error").GetString());
        Assert.StartsWith(typeof(CheckoutCompleted).FullName!, item.GetProperty("type").GetString(), StringComparison.Ordinal);
        using (var forbidden = await viewer.PostAsync($"/operator/outbox/{completed.EventId}/replay", null, Ct))
            await forbidden.AssertErrorAsync(HttpStatusCode.Forbidden, "FORBIDDEN");

        // And so does monitoring.
        Assert.True(await SampleAsync("outbox_parked_messages", "module=\"checkout\"", value => value >= 1) >= 1);
        Assert.True(await SampleAsync("outbox_messages_parked_total", "module=\"checkout\"", value => value >= 1) >= 1);

        // The fix (here: the amount as the order had it), then the replay; a second click changes nothing.
        await Database.ScalarAsync<int>(scenario.ConnectionString,
            "UPDATE checkout.outbox_messages SET payload = jsonb_set(payload, '{amount}', '\"12.50\"') WHERE id = $1", completed.EventId);
        using var admin = scenario.Admin();
        var replayed = await ReplayAsync(admin, completed.EventId, HttpStatusCode.Accepted);
        Assert.True(replayed.GetProperty("replayed").GetBoolean());
        var again = await ReplayAsync(admin, completed.EventId, HttpStatusCode.OK);
        Assert.False(again.GetProperty("replayed").GetBoolean());

        await Eventually.GetAsync(() => _db.DeliveryStateAsync(completed.SessionId), state => state == "delivered",
            TimeSpan.FromSeconds(30), "credited and delivered after the replay");
        await Eventually.GetAsync(() => ColumnAsync<DateTime?>(completed.EventId, "processed_at"), at => at is not null, because: "relayed");
        Assert.Null(await ColumnAsync<DateTime?>(completed.EventId, "parked_at"));
        var late = await ReplayAsync(admin, completed.EventId, HttpStatusCode.OK);
        Assert.Equal("processed", late.GetProperty("state").GetString());

        await Task.Delay(TimeSpan.FromSeconds(2), Ct);
        Assert.Equal(1, await CreditsAsync(completed));
        Assert.Single(scenario.WebhooksFor(completed));
        Assert.Equal(1L, await Database.ScalarAsync<long>(scenario.ConnectionString,
            "SELECT count(*) FROM checkout.outbox_replays WHERE message_id = $1 AND operator = 'admin' AND attempts = 3 AND last_error = $2",
            completed.EventId, lastError!));
        Assert.DoesNotContain((await (await viewer.GetAsync("/operator/outbox/parked", Ct)).AssertOkJsonAsync()).GetProperty("items").EnumerateArray(),
            i => i.GetProperty("id").GetGuid() == completed.EventId);
        Assert.Equal(0, await SampleAsync("outbox_parked_messages", "module=\"checkout\"", value => value == 0));
    }

    [Fact]
    public async Task Replaying_an_unknown_or_malformed_id_is_a_clear_error()
    {
        using var admin = scenario.Admin();
        using (var unknown = await admin.PostAsync($"/operator/outbox/{Guid.NewGuid()}/replay", null, Ct))
            await unknown.AssertErrorAsync(HttpStatusCode.NotFound, "NOT_FOUND");
        using (var malformed = await admin.PostAsync("/operator/outbox/not-a-guid/replay", null, Ct))
        {
            var error = await malformed.AssertErrorAsync(HttpStatusCode.BadRequest, "INVALID_REQUEST");
            Assert.Equal("must be an id such as 3f2504e0-4f89-11d3-9a0c-0305e82c3301, not 'not-a-guid'",
                error.GetProperty("details").GetProperty("id").GetString());
        }
        using (var anonymous = await scenario.Gateway.Client.GetAsync("/operator/outbox/parked", Ct))
            await anonymous.AssertErrorAsync(HttpStatusCode.Unauthorized, "UNAUTHORIZED");
        using var viewer = scenario.Viewer();
        using (var badPage = await viewer.GetAsync("/operator/outbox/parked?pageSize=0", Ct))
            await badPage.AssertErrorAsync(HttpStatusCode.BadRequest, "INVALID_REQUEST");
    }

    /// <summary>
    /// Writes the event to the Checkout outbox the way the pay transaction does (same type name, same JSON), except for
    /// an amount text the current code would never write.
    /// </summary>
    private Task PlantAsync(CheckoutCompleted completed, string amount) =>
        Database.ScalarAsync<int>(scenario.ConnectionString, """
            INSERT INTO checkout.outbox_messages (id, type, payload, occurred_at, attempts)
            VALUES ($1, $2, jsonb_set($3::jsonb, '{amount}', to_jsonb($5::text)), $4, 0)
            """, completed.EventId, IntegrationEventSerializer.TypeName(typeof(CheckoutCompleted)),
            IntegrationEventSerializer.Serialize(completed), completed.OccurredAt, amount);

    private async Task<T?> ColumnAsync<T>(Guid id, string column)
    {
        await using var connection = new Npgsql.NpgsqlConnection(scenario.ConnectionString);
        await connection.OpenAsync(Ct);
        await using var command = new Npgsql.NpgsqlCommand($"SELECT {column} FROM checkout.outbox_messages WHERE id = $1", connection);
        command.Parameters.Add(new Npgsql.NpgsqlParameter { Value = id });
        return await command.ExecuteScalarAsync(Ct) is T value ? value : default;
    }

    private Task<long> CreditsAsync(CheckoutCompleted completed) =>
        _db.CountAsync("SELECT count(*) FROM settlement.journal_entries WHERE session_id = $1", completed.SessionId);

    private static async Task<JsonElement> ReplayAsync(HttpClient admin, Guid id, HttpStatusCode expected)
    {
        using var response = await admin.PostAsync($"/operator/outbox/{id}/replay", null, Ct);
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(expected == response.StatusCode, $"expected {(int)expected}, got {(int)response.StatusCode}: {body}");
        using var json = JsonDocument.Parse(body);
        Assert.Equal(id, json.RootElement.GetProperty("id").GetGuid());
        return json.RootElement.Clone();
    }

    /// <summary>Polls /metrics (the exporter caches for 300 ms) until a sample of the metric with the label satisfies <paramref name="done"/>.</summary>
    private async Task<double> SampleAsync(string metric, string label, Func<double, bool> done) =>
        await Eventually.GetAsync(async () =>
        {
            var text = await scenario.Gateway.Client.GetStringAsync("/metrics", Ct);
            var line = text.Split('\n').FirstOrDefault(l => l.StartsWith(metric + "{", StringComparison.Ordinal) && l.Contains(label, StringComparison.Ordinal));
            return line is null ? double.NaN : double.Parse(line[(line.LastIndexOf(' ') + 1)..], CultureInfo.InvariantCulture);
        }, value => !double.IsNaN(value) && done(value), because: $"{metric} with {label}");
}
