using PaymentGateway.IntegrationTests.Infrastructure;
using PaymentGateway.IntegrationTests.Settlement;

namespace PaymentGateway.IntegrationTests.Ledger;

/// <summary>
/// Every throwaway database is audited before it is dropped (ThrowawayDatabase, through PostgresServer): its trial
/// balance, by the operators' own query, is recorded for the suite's total, and a ledger that does not balance fails
/// the drop, which fails the test class that used it. Each test books money on a database of its own and records into
/// a file of its own, so the deliberately broken ledger stays out of the suite's results.
/// </summary>
public sealed class LedgerAuditTests(SettlementScenario scenario, PostgresServer postgres) : IClassFixture<SettlementScenario>, IDisposable
{
    private readonly string _results = Path.Combine(Directory.CreateTempSubdirectory("ledger-audit-").FullName, "trial-balances.tsv");

    [Fact]
    public async Task A_balanced_ledger_is_recorded_per_currency_and_dropped()
    {
        var connectionString = await LedgerWithMoneyAsync(("12.34", "USD"), ("5.000", "BHD"));

        await ThrowawayDatabase.DropAsync(postgres.AdminConnectionString, connectionString, _results);

        var lines = RecordedLines();
        Assert.Equal(2, lines.Length);
        Assert.Contains(lines, line => line.SequenceEqual([DatabaseName(connectionString), "USD", "12.34", "12.34", "0.00", "0.00"]));
        Assert.Contains(lines, line => line.SequenceEqual([DatabaseName(connectionString), "BHD", "5.000", "5.000", "0.000", "0.000"]));
        Assert.False(await ExistsAsync(connectionString));
    }

    [Fact]
    public async Task A_ledger_whose_totals_drifted_fails_the_drop_and_is_still_dropped()
    {
        var connectionString = await LedgerWithMoneyAsync(("10.00", "USD"));
        // Totals that no posting explains; the ledger's guard trigger refuses this, so it is done as replication would.
        Assert.Null(await new LedgerDatabase(connectionString).TryInTransactionAsync(
            "SET LOCAL session_replication_role = replica",
            $"UPDATE settlement.accounts SET credits_posted = credits_posted + 1.25 WHERE code = 'partner:{scenario.MerchantGateway.Ocid}:USD'"));

        var error = await Assert.ThrowsAsync<UnbalancedLedgerException>(() =>
            ThrowawayDatabase.DropAsync(postgres.AdminConnectionString, connectionString, _results));

        Assert.Contains("USD debits 10.00, credits 11.25, difference -1.25", error.Message, StringComparison.Ordinal);
        Assert.Equal([[DatabaseName(connectionString), "USD", "10.00", "11.25", "-1.25", "0.00"]], RecordedLines());
        Assert.False(await ExistsAsync(connectionString));
    }

    [Fact]
    public async Task A_database_without_a_ledger_is_dropped_without_a_line()
    {
        var connectionString = await postgres.CreateDatabaseAsync();

        await ThrowawayDatabase.DropAsync(postgres.AdminConnectionString, connectionString, _results);

        Assert.False(File.Exists(_results));
        Assert.False(await ExistsAsync(connectionString));
    }

    public void Dispose() => Directory.Delete(Path.GetDirectoryName(_results)!, recursive: true);

    /// <summary>A fresh database of this test's own, migrated by a gateway host that credited the merchant gateway once per amount.</summary>
    private async Task<string> LedgerWithMoneyAsync(params (string Amount, string Currency)[] credits)
    {
        var connectionString = await postgres.CreateDatabaseAsync();
        await using var gateway = await GatewayHost.StartAsync(connectionString, scenario.Partners, scenario.Directory);
        foreach (var (amount, currency) in credits)
            await SettlementScenario.PublishAsync(gateway, scenario.NewCompletion(amount, currency));
        return connectionString;
    }

    private string[][] RecordedLines() =>
        [.. File.ReadAllLines(_results).Select(line => line.Split('\t'))];

    private static string DatabaseName(string connectionString) => new Npgsql.NpgsqlConnectionStringBuilder(connectionString).Database!;

    private async Task<bool> ExistsAsync(string connectionString) =>
        await Database.ScalarAsync<int>(postgres.AdminConnectionString, "SELECT count(*) FROM pg_database WHERE datname = $1", DatabaseName(connectionString)) == 1;
}
