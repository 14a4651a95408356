using PaymentGateway.IntegrationTests.Infrastructure;

namespace PaymentGateway.IntegrationTests.Settlement;

/// <summary>The settlement scenario with a short lease (4 s), so that a delivery left leased by a failed job is free again soon.</summary>
public sealed class DeliveryJobScenario(PostgresServer postgres) : SettlementScenario(postgres)
{
    protected override IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["Settlement:Delivery:AttemptTimeout"] = "00:00:02",
        ["Settlement:Delivery:Lease"] = "00:00:04",
    };
}
