using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using PaymentGateway.IntegrationTests.Infrastructure;
using PaymentGateway.Opencharge;
using PaymentGateway.Settlement.Contracts;

namespace PaymentGateway.IntegrationTests.Settlement;

public sealed class ProofDeliveryTests(SettlementScenario scenario) : IClassFixture<SettlementScenario>
{
    private readonly SettlementDatabase _db = new(scenario.ConnectionString);

    [Fact]
    public async Task A_completed_checkout_credits_the_gateway_and_delivers_a_proof_it_can_verify()
    {
        // An amount with a trailing zero and a currency of its own, so byte-for-byte copying and the balance are visible.
        var completed = scenario.NewCompletion(amount: "99.990", currency: "EUR");
        await SettlementScenario.PublishAsync(scenario.Gateway, completed);

        // The first attempt runs inside the handler: the proof is there when the publish returns.
        var webhook = Assert.Single(scenario.WebhooksFor(completed));
        Assert.Equal($"/{completed.CallerOcid}/opencharge/transfer/webhook", webhook.PathAndQuery);

        // The request is signed by us over the full path and the exact body (docs/protocol.md, Signed requests).
        var ourKey = await PublishedKeyAsync();
        Assert.Equal("200", webhook.Headers[OpenchargeHeaders.Id]);
        Assert.True(RequestSigning.Verify(ourKey, webhook.Headers[OpenchargeHeaders.Id], webhook.Headers[OpenchargeHeaders.Timestamp],
            webhook.Headers[OpenchargeHeaders.Nonce], webhook.Headers[OpenchargeHeaders.Signature], "POST", webhook.PathAndQuery, null, webhook.Body));

        // What a docs-conforming MG checks (docs/protocol.md, Transfer proofs).
        using var body = JsonDocument.Parse(webhook.Body);
        var proof = body.RootElement.GetProperty("proof");
        Assert.Equal(CanonicalVariant.R, ObjectSignatures.Verify(ourKey, proof, body.RootElement.GetProperty("signature").GetString()!));
        Assert.Equal(200, proof.GetProperty("issuer").GetInt64());
        Assert.Equal(completed.CallerOcid, proof.GetProperty("to").GetProperty("ocid").GetInt64());
        Assert.Equal(completed.OrderId, proof.GetProperty("to").GetProperty("reference").GetString());
        Assert.Equal(200, proof.GetProperty("from").GetProperty("ocid").GetInt64());
        Assert.Equal(completed.PaymentId, proof.GetProperty("from").GetProperty("reference").GetString());
        Assert.Equal("99.990", proof.GetProperty("amount").GetString());
        Assert.Equal("EUR", proof.GetProperty("currency").GetString());
        Assert.Equal("Payment for " + completed.OrderId, proof.GetProperty("memo").GetString());
        Assert.InRange(proof.GetProperty("timestamp").GetInt64(), SignedRequests.Now() - 60, SignedRequests.Now() + 5);
        Assert.Matches("^pg_[a-z2-7]{26}$", proof.GetProperty("txid").GetString());

        // The query other modules use returns the proof as sent.
        await using var scope = scenario.Gateway.Services.CreateAsyncScope();
        var issued = await scope.ServiceProvider.GetRequiredService<ISettlementQueries>()
            .FindProofForSessionAsync(completed.SessionId, TestContext.Current.CancellationToken);
        Assert.NotNull(issued);
        Assert.Equal("delivered", issued.DeliveryState);
        Assert.Equal(proof.GetRawText(), issued.ProofJson);
        Assert.Equal(proof.GetProperty("txid").GetString(), issued.Txid);

        // Ledger: balanced entries, and the MG's balance with us is the amount.
        Assert.Equal(0, await _db.CountAsync("SELECT count(*) FROM (SELECT entry_id FROM settlement.postings GROUP BY entry_id HAVING sum(amount) <> 0) unbalanced"));
        Assert.Equal(2, await _db.CountAsync("SELECT count(*) FROM settlement.postings p JOIN settlement.journal_entries e ON e.id = p.entry_id WHERE e.session_id = $1", completed.SessionId));
        Assert.Equal(99.990m, await _db.ScalarAsync<decimal>("SELECT balance FROM settlement.account_balances WHERE code = 'partner:300:EUR'"));
        Assert.Equal(99.990m, await _db.ScalarAsync<decimal>("SELECT balance FROM settlement.account_balances WHERE code = 'customer_clearing:EUR'"));
    }

    [Fact]
    public async Task Server_errors_are_retried_until_the_gateway_accepts()
    {
        var completed = scenario.NewCompletion();
        scenario.Script(completed.OrderId, call => call <= 2 ? WebhookReply.Error(500) : WebhookReply.Accepted("x"));
        await SettlementScenario.PublishAsync(scenario.Gateway, completed);

        await Eventually.GetAsync(() => _db.DeliveryStateAsync(completed.SessionId), state => state == "delivered", because: "delivered after two 500s");
        var attempts = await _db.AttemptsAsync(completed.SessionId);
        Assert.Equal(["first/retryable/500", "later/retryable/500", "later/delivered/200"],
            attempts.Select(a => $"{Later(a.Trigger)}/{a.Outcome}/{a.HttpStatus}"));
        Assert.Equal(3, scenario.WebhooksFor(completed).Count);
        Assert.Equal(1, await _db.CountAsync("SELECT count(*) FROM settlement.journal_entries WHERE session_id = $1", completed.SessionId));
    }

    [Fact]
    public async Task A_rejection_is_final_and_keeps_the_reason()
    {
        var completed = scenario.NewCompletion();
        scenario.Script(completed.OrderId, _ => WebhookReply.Rejected("x", "Unknown order"));
        await SettlementScenario.PublishAsync(scenario.Gateway, completed);

        Assert.Equal("rejected", await _db.DeliveryStateAsync(completed.SessionId));
        // Longer than any retry delay in this scenario (at most 2 s) plus a queue poll.
        await Task.Delay(TimeSpan.FromSeconds(4), TestContext.Current.CancellationToken);
        var attempt = Assert.Single(await _db.AttemptsAsync(completed.SessionId));
        Assert.Equal("rejected", attempt.Outcome);
        Assert.Contains("Unknown order", attempt.Reason, StringComparison.Ordinal);
        Assert.Single(scenario.WebhooksFor(completed));
    }

    [Fact]
    public async Task The_same_event_twenty_times_at_once_credits_and_delivers_once()
    {
        var completed = scenario.NewCompletion(amount: "10.00");
        await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() => SettlementScenario.PublishAsync(scenario.Gateway, completed))));
        // A different event for the same session (a buggy publisher) must not credit twice either.
        await SettlementScenario.PublishAsync(scenario.Gateway, completed with { EventId = Guid.NewGuid() });

        await Task.Delay(TimeSpan.FromSeconds(2), TestContext.Current.CancellationToken);
        Assert.Equal(1, await _db.CountAsync("SELECT count(*) FROM settlement.journal_entries WHERE session_id = $1", completed.SessionId));
        Assert.Equal(1, await _db.CountAsync("SELECT count(*) FROM settlement.proofs WHERE session_id = $1", completed.SessionId));
        Assert.Equal("delivered", await _db.DeliveryStateAsync(completed.SessionId));
        Assert.Single(await _db.AttemptsAsync(completed.SessionId));
        Assert.Single(scenario.WebhooksFor(completed));
    }

    // A due retry is made by its scheduled job or, when the resume sweep (every 15 s) finds it first, by the sweep;
    // either is right, and the delivery lease lets only one of them send.
    private static string Later(string trigger) => trigger is "retry" or "resume" ? "later" : trigger;

    private async Task<OpenchargePublicKey> PublishedKeyAsync()
    {
        var metadata = await scenario.Gateway.Client.GetStringAsync(scenario.BasePath + "/metadata.json", TestContext.Current.CancellationToken);
        using var document = JsonDocument.Parse(metadata);
        return OpenchargePublicKey.Parse(document.RootElement.GetProperty("config").GetProperty("publicKey").GetString()!);
    }
}
