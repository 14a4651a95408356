using System.Diagnostics;
using PaymentGateway.Testing;

namespace PaymentGateway.UnitTests.Operations;

/// <summary>
/// scripts/ledger-summary.awk, which scripts/test.sh runs on the trial balances recorded by every dropped test
/// database: exact decimal sums (28 digits and more, where a double would round), per currency in order, and an
/// unbalanced database named as such.
/// </summary>
public sealed class LedgerSummaryScriptTests
{
    [Fact]
    public async Task Sums_each_currency_exactly_and_counts_databases()
    {
        var output = await SummariseAsync(
            "pg_test_a\tUSD\t9999999999999999999999999999.99\t9999999999999999999999999999.99\t0.00\t0.00",
            "pg_test_a\tBHD\t1.005\t1.005\t0.000\t0.000",
            "pg_test_b\tUSD\t0.02\t0.02\t0.00\t0.00",
            "pg_test_c\tUSD\t0.5\t0.5\t0.0\t0.0");

        Assert.Equal("ledger: 3 databases, trial balance after the full suite: BHD debits 1.005 = credits 1.005, difference 0.000; " +
                     "USD debits 10000000000000000000000000000.51 = credits 10000000000000000000000000000.51, difference 0.00", output);
    }

    [Fact]
    public async Task Shows_a_difference_and_the_unbalanced_databases()
    {
        var output = await SummariseAsync(
            "pg_test_a\tUSD\t10.00\t11.25\t-1.25\t0.00",
            "pg_test_b\tUSD\t3.10\t3.10\t0.00\t0.00",
            "pg_test_b\tJPY\t100\t100\t0\t-3");

        Assert.Equal("ledger: 2 databases (2 unbalanced), trial balance after the full suite: JPY debits 100 = credits 100, difference 0, " +
                     "postings sum -3; USD debits 13.10 != credits 14.35, difference -1.25", output);
    }

    [Fact]
    public async Task Says_so_when_no_database_kept_a_ledger() =>
        Assert.Equal("ledger: 0 databases with a ledger", await SummariseAsync());

    private static async Task<string> SummariseAsync(params string[] lines)
    {
        var file = Path.GetTempFileName();
        try
        {
            await File.WriteAllLinesAsync(file, lines, TestContext.Current.CancellationToken);
            var start = new ProcessStartInfo("awk", ["-f", Path.Combine(Repository.Root, "scripts", "ledger-summary.awk"), file])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            using var process = Process.Start(start)!;
            var output = await process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
            var error = await process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
            await process.WaitForExitAsync(TestContext.Current.CancellationToken);
            Assert.True(process.ExitCode == 0, error);
            return output.TrimEnd('\n');
        }
        finally
        {
            File.Delete(file);
        }
    }
}
