using PaymentGateway.IntegrationTests.Infrastructure;
using PaymentGateway.IntegrationTests.Transfers;

namespace PaymentGateway.IntegrationTests.Operations;

/// <summary>The transfer scenario with the ledger gauges read every half second instead of every 30 s.</summary>
public sealed class LedgerGaugeScenario(PostgresServer postgres) : TransferScenario(postgres)
{
    protected override IReadOnlyDictionary<string, string?> MoreSettings => new Dictionary<string, string?>
    {
        ["Settlement:LedgerGauges:Interval"] = "00:00:00.500",
    };
}
