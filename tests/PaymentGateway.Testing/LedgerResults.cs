using System.Text;

namespace PaymentGateway.Testing;

/// <summary>
/// The trial balances of every throwaway database dropped in a test run, one tab-separated line per database and
/// currency (<see cref="TrialBalanceLine.ToTsv"/>), in <c>ledger/trial-balances.tsv</c> below
/// <see cref="TestArtifacts.Root"/>; scripts/test.sh sums it into the suite's trial balance.
/// </summary>
public static class LedgerResults
{
    private static readonly SemaphoreSlim Writer = new(1, 1);

    public static string DefaultFile => Path.Combine(TestArtifacts.Root, "ledger", "trial-balances.tsv");

    /// <summary>
    /// Appends the lines in one write under an exclusive lock on the file: test classes of this process take turns on
    /// the semaphore, other test processes wait for the lock (an <see cref="IOException"/> while another holds it).
    /// </summary>
    public static async Task AppendAsync(string file, IReadOnlyList<TrialBalanceLine> lines)
    {
        if (lines.Count == 0)
            return;
        var bytes = Encoding.UTF8.GetBytes(string.Concat(lines.Select(line => line.ToTsv() + "\n")));
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(file))!);
        await Writer.WaitAsync();
        try
        {
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    await using var stream = new FileStream(file, FileMode.Append, FileAccess.Write, FileShare.None);
                    await stream.WriteAsync(bytes);
                    return;
                }
                catch (IOException) when (attempt < 600)
                {
                    await Task.Delay(50);
                }
            }
        }
        finally
        {
            Writer.Release();
        }
    }
}
