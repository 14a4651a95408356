using PaymentGateway.IntegrationTests.Infrastructure;
using PaymentGateway.IntegrationTests.Settlement;

namespace PaymentGateway.IntegrationTests.Messaging;

/// <summary>
/// The settlement scenario with a first delivery attempt that waits as long as the merchant gateway takes (up to 20 s),
/// so a test can hold Settlement's handler inside the outbox relay for as long as it looks at the database.
/// </summary>
public sealed class OutboxRelayScenario(PostgresServer postgres) : SettlementScenario(postgres)
{
    protected override IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["Settlement:Delivery:FirstAttemptTimeout"] = "00:00:20",
        ["Settlement:Delivery:Lease"] = "00:01:00",
    };
}
