using PaymentGateway.IntegrationTests.Infrastructure;

namespace PaymentGateway.IntegrationTests.Transfers;

/// <summary>Hosts without a Hangfire server unless a test starts one, so that no delivery runs behind the test's back.</summary>
public sealed class TransferRestartScenario(PostgresServer postgres) : TransferScenario(postgres)
{
    protected override IReadOnlyDictionary<string, string?> MoreSettings => new Dictionary<string, string?>
    {
        ["Hangfire:Server:Enabled"] = "false",
    };
}
