using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;

namespace PaymentGateway.IntegrationTests.Infrastructure;

/// <summary>
/// A small network for a test class: a fresh database, a partner server with a merchant (500) and its merchant
/// gateway (300), another gateway (301), a merchant whose metadata is offline (501), and a stranger (999) that
/// is not in our directory; plus one gateway host (200) that knows all but the stranger.
/// </summary>
public class GatewayScenario(PostgresServer postgres) : IAsyncLifetime
{
    public TestParty Merchant { get; } = TestParty.Create(500, "Test Merchant");

    public TestParty MerchantGateway { get; } = TestParty.Create(300, "Test Merchant Gateway");

    public TestParty OtherGateway { get; } = TestParty.Create(301, "Other Merchant Gateway");

    public TestParty OfflineMerchant { get; } = TestParty.Create(501, "Offline Merchant");

    public TestParty Stranger { get; } = TestParty.Create(999, "Stranger");

    public PartnerServer Partners { get; private set; } = null!;

    public GatewayHost Gateway { get; private set; } = null!;

    public string ConnectionString { get; private set; } = "";

    public string BasePath => "/opencharge";

    /// <summary>Extra gateway configuration for a derived scenario.</summary>
    protected virtual IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>();

    /// <summary>Test-only service registrations for a derived scenario, applied after the host's own.</summary>
    protected virtual void ConfigureServices(IServiceCollection services)
    {
    }

    public virtual IEnumerable<long> Directory => [Merchant.Ocid, MerchantGateway.Ocid, OtherGateway.Ocid, OfflineMerchant.Ocid];

    public virtual async ValueTask InitializeAsync()
    {
        ConnectionString = await postgres.CreateDatabaseAsync();
        Partners = await PartnerServer.StartAsync();
        foreach (var party in new[] { Merchant, OfflineMerchant, Stranger })
            Partners.AddParty(party, icon: "https://merchant.example/icon.png");
        foreach (var party in new[] { MerchantGateway, OtherGateway })
            Partners.AddParty(party, settlementAccepts: [GatewayHost.DefaultIdentity.Ocid]);
        Partners.SetMetadataAvailable(OfflineMerchant.Ocid, false);
        Gateway = await StartGatewayAsync();
    }

    /// <summary>Another host of the same gateway on the same database (as when scaled out or restarted).</summary>
    public Task<GatewayHost> StartGatewayAsync(IReadOnlyDictionary<string, string?>? extraSettings = null)
    {
        var settings = new Dictionary<string, string?>(Settings);
        foreach (var (key, value) in extraSettings ?? new Dictionary<string, string?>())
            settings[key] = value;
        return GatewayHost.StartAsync(ConnectionString, Partners, Directory, settings, services: ConfigureServices);
    }

    /// <summary>An order by the test merchant that accepts the test merchant gateway.</summary>
    public JsonObject NewOrder(string amount = "99.99", string itemName = "Product A", long? expiresAt = null) =>
        TestOrder.Create(Merchant.Ocid, [MerchantGateway.Ocid], amount, itemName: itemName, expiresAt: expiresAt);

    /// <summary>The merchant gateway calls POST /opencharge/checkout/create for a merchant-signed order.</summary>
    public Task<HttpResponseMessage> CreateCheckoutAsync(JsonObject? order = null, TestParty? caller = null, GatewayHost? gateway = null) =>
        (gateway ?? Gateway).Client.SendSignedAsync(caller ?? MerchantGateway, HttpMethod.Post, BasePath + "/checkout/create",
            TestOrder.CheckoutBody(order ?? NewOrder(), Merchant));

    public virtual async ValueTask DisposeAsync()
    {
        await Gateway.DisposeAsync();
        await Partners.DisposeAsync();
        await postgres.DropDatabaseAsync(ConnectionString);
    }
}
