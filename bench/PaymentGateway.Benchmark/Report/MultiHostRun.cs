using PaymentGateway.Benchmark.Database;

namespace PaymentGateway.Benchmark.Report;

/// <summary>One host count of the multi-host scenario: a phase's throughput and where its CPU went.</summary>
/// <param name="Hosts">Gateway processes, on one database.</param>
/// <param name="CreatesPerSecond">POST /checkout/create over all hosts in the measured window.</param>
/// <param name="Create">CPU during the measured creates.</param>
/// <param name="PaymentsPerSecond">POST /pay completions over all hosts, each session paid on another host than it was created on.</param>
/// <param name="Pay">CPU while paying (proof delivery to the MG included, until the last proof arrived).</param>
/// <param name="Errors">Non-200 creates and payments that did not end in a 303.</param>
/// <param name="ProofsReceived">Distinct proofs the MG received for the measured payments, and the duplicates among them.</param>
internal sealed record MultiHostRun(int Hosts, double CreatesPerSecond, CpuShare Create, double PaymentsPerSecond, CpuShare Pay,
    long Errors, long Created, long Paid, int ProofsReceived, int DuplicateProofs, SettlementChecks Checks, string? FirstError)
{
    public bool ChecksHold => Checks.Hold(Created, Paid) && DuplicateProofs == 0;
}
