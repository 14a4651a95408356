using System.Globalization;
using System.Net;
using PaymentGateway.IntegrationTests.Infrastructure;
using PaymentGateway.IntegrationTests.Transfers;

namespace PaymentGateway.IntegrationTests.Operations;

/// <summary>
/// <c>settlement_trial_balance_difference</c>, the gauge the TrialBalanceNotZero alert watches, exports what the ledger
/// really sums to: 0 once money moved through the front door, and the very drift when account totals are corrupted
/// behind the ledger's back (which its triggers otherwise refuse). In the metrics collection: it reads /metrics.
/// </summary>
[Collection(MetricsCollection.Name)]
public sealed class LedgerGaugeTests(LedgerGaugeScenario scenario) : IClassFixture<LedgerGaugeScenario>
{
    private const string Gauge = "settlement_trial_balance_difference";
    private const string Usd = "currency=\"USD\"";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_trial_balance_gauge_is_zero_after_money_moved_and_shows_a_drift_of_the_account_totals()
    {
        // Before any USD account exists there is nothing to report: a sample appears only from the ledger's own rows.
        Assert.True(double.IsNaN(await ReadAsync(Gauge, Usd)), "a USD trial balance before any USD account existed");

        await scenario.FundAsync(scenario.MerchantGateway, "10.00");
        using (var transfer = await scenario.TransferAsync(TransferScenario.TransferBody("gauge-1", scenario.Merchant.Ocid, "4.00")))
            Assert.Equal(HttpStatusCode.OK, transfer.StatusCode);

        Assert.Equal(0, await SampleAsync(Gauge, Usd, _ => true));
        Assert.Equal(0m, (await scenario.Ledger.TrialBalanceAsync())["USD"]);

        // An incident: totals that no posting explains. The guard trigger refuses this, so it is done as replication would.
        Assert.Null(await scenario.Ledger.TryInTransactionAsync(
            "SET LOCAL session_replication_role = replica",
            "UPDATE settlement.accounts SET credits_posted = credits_posted + 1.25 WHERE code = 'partner:500:USD'"));
        Assert.Equal(-1.25, await SampleAsync(Gauge, Usd, value => value != 0));

        // Repaired: the gauge goes back to 0, and the ledger ends balanced, as every money test must.
        Assert.Null(await scenario.Ledger.TryInTransactionAsync(
            "SET LOCAL session_replication_role = replica",
            "UPDATE settlement.accounts SET credits_posted = credits_posted - 1.25 WHERE code = 'partner:500:USD'"));
        Assert.Equal(0, await SampleAsync(Gauge, Usd, value => value == 0));
        Assert.Equal(0m, (await scenario.Ledger.TrialBalanceAsync())["USD"]);
    }

    /// <summary>Polls /metrics (the exporter caches for 300 ms) until a sample of the metric with the label satisfies <paramref name="done"/>.</summary>
    private async Task<double> SampleAsync(string metric, string label, Func<double, bool> done) =>
        await Eventually.GetAsync(() => ReadAsync(metric, label), value => !double.IsNaN(value) && done(value), because: $"{metric} with {label}");

    /// <summary>The current sample of the metric with the label, NaN when there is none.</summary>
    private async Task<double> ReadAsync(string metric, string label)
    {
        var text = await scenario.Gateway.Client.GetStringAsync("/metrics", Ct);
        var line = text.Split('\n').FirstOrDefault(l => l.StartsWith(metric + "{", StringComparison.Ordinal) && l.Contains(label, StringComparison.Ordinal));
        return line is null ? double.NaN : double.Parse(line[(line.LastIndexOf(' ') + 1)..], CultureInfo.InvariantCulture);
    }
}
