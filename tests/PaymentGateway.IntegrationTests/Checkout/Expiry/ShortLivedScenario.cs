using PaymentGateway.IntegrationTests.Infrastructure;

namespace PaymentGateway.IntegrationTests.Checkout.Expiry;

/// <summary>A gateway whose checkout sessions live three seconds.</summary>
public sealed class ShortLivedScenario(PostgresServer postgres) : GatewayScenario(postgres)
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Checkout:SessionLifetime"] = "00:00:03",
    };
}
