using System.Globalization;
using PaymentGateway.IntegrationTests.Infrastructure;

namespace PaymentGateway.IntegrationTests.Merchants;

/// <summary>
/// The usual network plus two partners in our directory whose metadata host refuses connections (a port nobody
/// listens on): a merchant gateway (302) that calls us and a merchant (502) whose orders arrive through 300.
/// </summary>
public sealed class UnreachableMetadataScenario(PostgresServer postgres) : GatewayScenario(postgres)
{
    public TestParty UnreachableGateway { get; } = TestParty.Create(302, "Unreachable Merchant Gateway");

    public TestParty UnreachableMerchant { get; } = TestParty.Create(502, "Unreachable Merchant");

    private readonly string _closedOrigin = $"http://127.0.0.1:{LoopbackPorts.Free()}";

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        [$"Opencharge:Directory:{UnreachableGateway.Ocid.ToString(CultureInfo.InvariantCulture)}"] = $"{_closedOrigin}/302/metadata.json",
        [$"Opencharge:Directory:{UnreachableMerchant.Ocid.ToString(CultureInfo.InvariantCulture)}"] = $"{_closedOrigin}/502/metadata.json",
    };
}
