using System.Diagnostics;
using PaymentGateway.Checkout.Contracts;
using PaymentGateway.IntegrationTests.Infrastructure;
using PaymentGateway.IntegrationTests.Settlement;
using PaymentGateway.Opencharge.Amounts;

namespace PaymentGateway.IntegrationTests.Hosts;

/// <summary>
/// A host killed in the middle of a proof delivery (the delivery claimed, the webhook on its way) leaves a lease on the
/// delivery row. Another host must send the same proof once the lease ends, within about a minute, and only once.
/// </summary>
public sealed class KilledDeliveryTests(PostgresServer postgres, ITestOutputHelper output) : IAsyncLifetime
{
    /// <summary>Default Settlement:Delivery:Lease (30 s) + the resume job's period (15 s) + slack for a loaded machine.</summary>
    private static readonly TimeSpan DeliveryBound = TimeSpan.FromSeconds(60);

    private readonly TestParty _merchant = TestParty.Create(500, "Test Merchant");
    private readonly TestParty _merchantGateway = TestParty.Create(300, "Test Merchant Gateway");
    private PartnerServer _partners = null!;
    private string _connectionString = "";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _connectionString = await postgres.CreateDatabaseAsync();
        _partners = await PartnerServer.StartAsync();
        _partners.AddParty(_merchant);
        _partners.AddParty(_merchantGateway, settlementAccepts: [GatewayHost.DefaultIdentity.Ocid]);
    }

    [Fact]
    public async Task A_delivery_claimed_by_a_killed_host_is_sent_again_once_within_a_minute()
    {
        // Call 1 (the first attempt) fails; call 2 (the killed host's attempt) never gets its answer; call 3 is accepted.
        _partners.OnWebhook(_merchantGateway.Ocid, (_, call) => call switch
        {
            1 => WebhookReply.Error(503),
            2 => WebhookReply.Accepted("late") with { Delay = TimeSpan.FromMinutes(2) },
            _ => WebhookReply.Accepted("x"),
        });
        var completed = new CheckoutCompleted(Guid.NewGuid(), DateTimeOffset.UtcNow, "cs_" + Guid.NewGuid().ToString("N")[..20],
            "pay_" + Guid.NewGuid().ToString("N")[..16], _merchantGateway.Ocid, _merchant.Ocid, "ord_" + Guid.NewGuid().ToString("N")[..12], OpenchargeAmount.Parse("99.99"), "USD");

        // The credit commits and the first attempt fails on a host without a Hangfire server, which then stops.
        await using (var setup = await GatewayHost.StartAsync(_connectionString, _partners, Directory, new Dictionary<string, string?>
                     {
                         ["Hangfire:Server:Enabled"] = "false",
                         ["Settlement:Delivery:BaseDelay"] = "00:00:01",
                         ["Settlement:Delivery:MaxDelay"] = "00:00:02",
                     }))
            await SettlementScenario.PublishAsync(setup, completed);

        // A real host process (default delivery settings) claims the delivery and is killed while its webhook call is out.
        var settings = Directory.ToDictionary(ocid => $"Opencharge__Directory__{ocid}", ocid => _partners.MetadataUrl(ocid));
        await using var victim = GatewayProcess.Start(_connectionString, "delivery-victim", settings);
        await victim.WaitUntilLiveAsync();
        var claimed = await Eventually.GetAsync(() => Task.FromResult(_partners.Webhooks(_merchantGateway.Ocid)), calls => calls.Count >= 2,
            TimeSpan.FromSeconds(60), "the victim's attempt reaching the merchant gateway");
        await victim.KillHardAsync();
        var sinceClaim = Stopwatch.StartNew();
        var claimedAt = claimed[1].ReceivedAt;

        await using var survivor = await GatewayHost.StartAsync(_connectionString, _partners, Directory);
        var db = new SettlementDatabase(_connectionString);
        // Waits past the bound so that a late delivery is reported with its time rather than as a timeout.
        await Eventually.GetAsync(() => db.DeliveryStateAsync(completed.SessionId), state => state == "delivered",
            DeliveryBound + TimeSpan.FromSeconds(90), "delivered by the survivor");

        var webhooks = _partners.Webhooks(_merchantGateway.Ocid);
        var delay = webhooks[2].ReceivedAt - claimedAt;
        output.WriteLine($"Claimed by the killed host, sent again by the survivor {delay.TotalSeconds:0.0} s after the claim " +
                         $"({sinceClaim.Elapsed.TotalSeconds:0.0} s after the kill until seen delivered).");
        Assert.True(delay < DeliveryBound, $"sent again {delay.TotalSeconds:0.0} s after the claim");
        // Once: one credit, and the survivor sent the very bytes the killed host had sent (the MG deduplicates by txid).
        await Task.Delay(TimeSpan.FromSeconds(3), Ct);
        Assert.Equal(3, _partners.Webhooks(_merchantGateway.Ocid).Count);
        Assert.Equal(webhooks[1].Body, webhooks[2].Body);
        Assert.Equal(1, await db.CountAsync("SELECT count(*) FROM settlement.journal_entries WHERE session_id = $1", completed.SessionId));
    }

    private IEnumerable<long> Directory => [_merchant.Ocid, _merchantGateway.Ocid];

    public async ValueTask DisposeAsync()
    {
        await _partners.DisposeAsync();
        await postgres.DropDatabaseAsync(_connectionString);
    }
}
