using PaymentGateway.IntegrationTests.Infrastructure;

namespace PaymentGateway.IntegrationTests.Settlement;

/// <summary>Hosts without a Hangfire server unless a test starts one, so that nothing retries behind a test's back.</summary>
public sealed class RestartScenario(PostgresServer postgres) : SettlementScenario(postgres)
{
    protected override IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["Hangfire:Server:Enabled"] = "false",
        ["Settlement:Delivery:MaxAttempts"] = "2",
    };
}
