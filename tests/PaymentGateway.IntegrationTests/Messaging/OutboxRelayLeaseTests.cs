using System.Net;
using PaymentGateway.Checkout.Contracts;
using PaymentGateway.IntegrationTests.Checkout.HostedPage;
using PaymentGateway.IntegrationTests.Infrastructure;
using PaymentGateway.IntegrationTests.Settlement;
using PaymentGateway.Modularity.Messaging;

namespace PaymentGateway.IntegrationTests.Messaging;

/// <summary>
/// The outbox relay claims a message with a lease (committed), hands it to Settlement, then marks it processed: no lock,
/// transaction or connection of Checkout is held while Settlement commits or calls the merchant gateway, and a lease
/// left by a relayer that died runs out and the message is relayed, once.
/// </summary>
public sealed class OutboxRelayLeaseTests(OutboxRelayScenario scenario) : IClassFixture<OutboxRelayScenario>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private readonly SettlementDatabase _db = new(scenario.ConnectionString);

    [Fact]
    public async Task While_settlement_calls_the_merchant_gateway_checkout_holds_no_lock_and_no_open_transaction()
    {
        var order = scenario.NewOrder(amount: "7.25");
        var orderId = order["id"]!.GetValue<string>();
        // The merchant gateway holds its answer for 8 s: the relay is inside Settlement's handler all that time.
        scenario.Script(orderId, _ => new WebhookReply(200, "{\"status\":\"accepted\",\"txid\":\"held\"}", TimeSpan.FromSeconds(8)));
        var sessionId = await scenario.CreateAsync(order);
        using var browser = new CheckoutBrowser(scenario.Gateway);
        var token = await browser.TokenAsync(sessionId);

        var paying = browser.PayAsync(sessionId, token);
        await Eventually.GetAsync(() => Task.FromResult(scenario.Partners.Webhooks(scenario.MerchantGateway.Ocid)
            .Count(w => w.BodyText.Contains(orderId, StringComparison.Ordinal))), n => n == 1, TimeSpan.FromSeconds(30), "the first attempt reached the MG");

        // The handler is waiting for the MG now. Settlement's credit is committed (visible from outside) ...
        Assert.Equal(1L, await _db.CountAsync("SELECT count(*) FROM settlement.journal_entries WHERE session_id = $1", sessionId));
        // ... the outbox row is claimed by a committed lease and not yet processed ...
        Assert.True(await Database.ScalarAsync<bool>(scenario.ConnectionString, """
            SELECT locked_until > now() AND lease_id IS NOT NULL AND processed_at IS NULL
            FROM checkout.outbox_messages WHERE payload->>'sessionId' = $1
            """, sessionId));
        // ... and no session holds a lock on Checkout's outbox or sits in a transaction that touched it.
        Assert.Equal(0L, await Database.ScalarAsync<long>(scenario.ConnectionString, """
            SELECT count(*) FROM pg_locks l JOIN pg_class c ON c.oid = l.relation JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = 'checkout' AND c.relname = 'outbox_messages' AND l.pid <> pg_backend_pid()
            """));
        Assert.Equal(0L, await Database.ScalarAsync<long>(scenario.ConnectionString, """
            SELECT count(*) FROM pg_stat_activity
            WHERE datname = current_database() AND pid <> pg_backend_pid() AND xact_start IS NOT NULL AND query ILIKE '%outbox_messages%'
            """));

        // The customer was not kept waiting for the MG beyond the redirect budget; the delivery completes afterwards.
        using var paid = await paying;
        Assert.Equal(HttpStatusCode.SeeOther, paid.StatusCode);
        await Eventually.GetAsync(() => _db.DeliveryStateAsync(sessionId), state => state == "delivered", TimeSpan.FromSeconds(60), "delivered");
        await Eventually.GetAsync(() => Database.ScalarAsync<bool>(scenario.ConnectionString, """
            SELECT processed_at IS NOT NULL AND locked_until IS NULL FROM checkout.outbox_messages WHERE payload->>'sessionId' = $1
            """, sessionId), done => done, TimeSpan.FromSeconds(30), "marked processed");
        Assert.Equal(1L, await _db.CountAsync("SELECT count(*) FROM settlement.journal_entries WHERE session_id = $1", sessionId));
    }

    [Fact]
    public async Task A_message_leased_by_a_relayer_that_died_is_left_alone_until_the_lease_runs_out_then_relayed_once()
    {
        var completed = scenario.NewCompletion(amount: "3.10");
        // As a host leaves it that wrote the message under its lease and died before relaying it.
        await Database.ScalarAsync<int>(scenario.ConnectionString, """
            INSERT INTO checkout.outbox_messages (id, type, payload, occurred_at, attempts, locked_until, lease_id)
            VALUES ($1, $2, $3::jsonb, $4, 0, now() + interval '12 seconds', $5)
            """, completed.EventId, IntegrationEventSerializer.TypeName(typeof(CheckoutCompleted)),
            IntegrationEventSerializer.Serialize(completed), completed.OccurredAt, Guid.NewGuid());

        // Several polls (every 0.5 s) later, while the lease lasts, nobody took it.
        await Task.Delay(TimeSpan.FromSeconds(3), Ct);
        Assert.True(await Database.ScalarAsync<bool>(scenario.ConnectionString,
            "SELECT locked_until > now() AND processed_at IS NULL FROM checkout.outbox_messages WHERE id = $1", completed.EventId),
            "still leased and not relayed");
        Assert.Equal(0L, await _db.CountAsync("SELECT count(*) FROM settlement.journal_entries WHERE session_id = $1", completed.SessionId));

        await Eventually.GetAsync(() => _db.DeliveryStateAsync(completed.SessionId), state => state == "delivered", TimeSpan.FromSeconds(60),
            "relayed after the lease ran out");
        await Eventually.GetAsync(() => Database.ScalarAsync<bool>(scenario.ConnectionString,
            "SELECT processed_at IS NOT NULL FROM checkout.outbox_messages WHERE id = $1", completed.EventId), done => done, because: "marked processed");
        await Task.Delay(TimeSpan.FromSeconds(2), Ct);
        Assert.Equal(1L, await _db.CountAsync("SELECT count(*) FROM settlement.journal_entries WHERE session_id = $1", completed.SessionId));
        Assert.Single(scenario.WebhooksFor(completed));
    }
}
