using PaymentGateway.IntegrationTests.Infrastructure;

namespace PaymentGateway.IntegrationTests.Checkout.Housekeeping;

/// <summary>
/// A gateway that keeps relayed outbox messages for one day and whose outbox poller stays idle during a test, so
/// that the rows a test plants are left as they are until the purge runs.
/// </summary>
public sealed class OutboxPurgeScenario(PostgresServer postgres) : GatewayScenario(postgres)
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Outbox:Retention"] = "1.00:00:00",
        ["Outbox:PollInterval"] = "01:00:00",
    };
}
