using PaymentGateway.IntegrationTests.Infrastructure;

namespace PaymentGateway.IntegrationTests.Settlement;

/// <summary>What the Hangfire dashboard says about "Deliver proof" jobs must match the deliveries table.</summary>
public sealed class DeliveryJobStateTests(DeliveryJobScenario scenario) : IClassFixture<DeliveryJobScenario>
{
    private const string Fault = "test: the database refuses this attempt row";

    private readonly SettlementDatabase _db = new(scenario.ConnectionString);

    [Fact]
    public async Task A_job_that_failed_on_a_database_error_does_not_stay_Failed_once_the_delivery_succeeded()
    {
        var completed = scenario.NewCompletion();
        scenario.Script(completed.OrderId, call => call == 1 ? WebhookReply.Error(503) : WebhookReply.Accepted("x"));
        // A real database error: every attempt row of this session after the first is refused, so the retry job
        // sends the proof (the MG accepts it) and then fails to record the attempt.
        await RefuseLaterAttemptRowsAsync(completed.SessionId);
        try
        {
            await SettlementScenario.PublishAsync(scenario.Gateway, completed);
            var txid = await _db.ScalarAsync<string>("SELECT txid FROM settlement.proofs WHERE session_id = $1", completed.SessionId);
            await Eventually.GetAsync(() => JobStatesMentioningAsync(txid, Fault), count => count > 0, TimeSpan.FromSeconds(60),
                "a Deliver proof job threw on the database error");
            Assert.Equal("pending", await _db.DeliveryStateAsync(completed.SessionId));
        }
        finally
        {
            await AllowAttemptRowsAsync();
        }

        // The database is fine again: the delivery completes (by the retried job or the resume sweep) and no job of
        // this proof is left Failed as if the delivery were dead.
        var txidAfter = await _db.ScalarAsync<string>("SELECT txid FROM settlement.proofs WHERE session_id = $1", completed.SessionId);
        await Eventually.GetAsync(() => _db.DeliveryStateAsync(completed.SessionId), state => state == "delivered", TimeSpan.FromSeconds(90),
            "delivered once the database accepts the attempt rows");
        var states = await Eventually.GetAsync(() => JobStatesAsync(txidAfter), s => s.Count > 0 && s.All(state => state == "Succeeded"),
            TimeSpan.FromSeconds(90), "every Deliver proof job of the proof Succeeded");
        Assert.DoesNotContain("Failed", states);
        Assert.Equal(1, await _db.CountAsync("SELECT count(*) FROM settlement.journal_entries WHERE session_id = $1", completed.SessionId));
    }

    private Task RefuseLaterAttemptRowsAsync(string sessionId) =>
        Database.ScalarAsync<int>(scenario.ConnectionString, $$"""
            CREATE FUNCTION settlement.test_refuse_attempts() RETURNS trigger LANGUAGE plpgsql AS $f$
            BEGIN
                IF NEW.trigger <> 'first' AND EXISTS (SELECT 1 FROM settlement.proofs p WHERE p.txid = NEW.txid AND p.session_id = '{{sessionId}}') THEN
                    RAISE EXCEPTION '{{Fault}}';
                END IF;
                RETURN NEW;
            END $f$;
            CREATE TRIGGER test_refuse_attempts BEFORE INSERT ON settlement.delivery_attempts
                FOR EACH ROW EXECUTE FUNCTION settlement.test_refuse_attempts();
            """);

    private Task AllowAttemptRowsAsync() =>
        Database.ScalarAsync<int>(scenario.ConnectionString, """
            DROP TRIGGER test_refuse_attempts ON settlement.delivery_attempts;
            DROP FUNCTION settlement.test_refuse_attempts();
            """);

    /// <summary>The current Hangfire state of every job whose arguments name the proof.</summary>
    private async Task<IReadOnlyList<string>> JobStatesAsync(string txid)
    {
        await using var connection = new Npgsql.NpgsqlConnection(scenario.ConnectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand("SELECT statename FROM hangfire.job WHERE arguments::text LIKE '%' || $1 || '%'", connection);
        command.Parameters.Add(new Npgsql.NpgsqlParameter { Value = txid });
        await using var reader = await command.ExecuteReaderAsync();
        var states = new List<string>();
        while (await reader.ReadAsync())
            states.Add(reader.IsDBNull(0) ? "(none)" : reader.GetString(0));
        return states;
    }

    /// <summary>How many state changes of the proof's jobs carry <paramref name="text"/> (a Failed state's exception or a retry's reason).</summary>
    private Task<long> JobStatesMentioningAsync(string txid, string text) =>
        Database.ScalarAsync<long>(scenario.ConnectionString, """
            SELECT count(*) FROM hangfire.state s JOIN hangfire.job j ON j.id = s.jobid
            WHERE j.arguments::text LIKE '%' || $1 || '%' AND (s.data::text LIKE '%' || $2 || '%' OR s.reason LIKE '%' || $2 || '%')
            """, txid, text);
}
