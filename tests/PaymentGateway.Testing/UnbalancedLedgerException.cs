namespace PaymentGateway.Testing;

/// <summary>
/// A throwaway database's ledger did not balance when it was dropped: money appeared or vanished somewhere in the test
/// class that used it, which fails that class whatever its tests asserted.
/// </summary>
public sealed class UnbalancedLedgerException(IReadOnlyList<TrialBalanceLine> lines)
    : Exception($"The ledger of database {lines[0].Database} does not balance at the end of its tests: " +
                string.Join("; ", lines.Where(line => !line.IsZero)))
{
    public IReadOnlyList<TrialBalanceLine> Lines { get; } = lines;
}
