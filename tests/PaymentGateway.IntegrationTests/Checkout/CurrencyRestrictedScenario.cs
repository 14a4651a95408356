using PaymentGateway.IntegrationTests.Infrastructure;

namespace PaymentGateway.IntegrationTests.Checkout;

/// <summary>A gateway that settles only in EUR and KES.</summary>
public sealed class CurrencyRestrictedScenario(PostgresServer postgres) : GatewayScenario(postgres)
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Opencharge:SettlementCurrencies:0"] = "EUR",
        ["Opencharge:SettlementCurrencies:1"] = "KES",
    };
}
