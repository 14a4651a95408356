using System.Globalization;

namespace PaymentGateway.Benchmark.Report;

/// <summary>
/// Prints the multi-host table, the database checks per host count and where the ceiling is; returns whether every
/// host count had no errors and passed its checks. Throughput per host count is measured, not a target.
/// </summary>
internal static class MultiHostReport
{
    /// <summary>Above this share of the machine's cores in use, the machine's CPU is what saturates.</summary>
    private const double Saturated = 0.85;

    public static bool Print(string title, IReadOnlyList<MultiHostRun> runs)
    {
        var output = Console.Out;
        var cores = Environment.ProcessorCount;
        output.WriteLine();
        output.WriteLine(title);
        output.WriteLine(Invariant($"{"hosts",5} {"phase",-7}{"per s",9}{"hosts cores",13}{"PG cores",10}{"bench cores",13}{"ours",8}{"others",8}{"host ms/op",12}{"PG ms/op",10}"));
        foreach (var run in runs)
        {
            Row(run.Hosts, "create", run.CreatesPerSecond, run.Create);
            Row(run.Hosts, "pay", run.PaymentsPerSecond, run.Pay);
        }
        output.WriteLine();

        var allHold = true;
        foreach (var run in runs)
        {
            var c = run.Checks;
            var holds = run.ChecksHold && run.Errors == 0;
            allHold &= holds;
            output.WriteLine(Invariant(
                $"{run.Hosts} host(s): sessions {c.Sessions} (created {run.Created}), completed {c.Completed} (paid {run.Paid}), proofs {c.Proofs}, journal entries {c.JournalEntries}; completed without exactly one proof {c.CompletedWithoutExactlyOneProof}, without exactly one entry {c.CompletedWithoutExactlyOneEntry}, proofs of unpaid sessions {c.ProofsOfUncompletedSessions}; trial balance {c.PostingsSum} (postings) / {c.PostedDifference} (accounts); MG got {run.ProofsReceived} proofs, {run.DuplicateProofs} twice; errors {run.Errors} {Verdict(holds)}"));
            if (run.FirstError is { } error)
                output.WriteLine("  first error: " + error);
        }
        output.WriteLine();

        var one = runs[0];
        var last = runs[^1];
        output.WriteLine(Invariant(
            $"scaling 1 -> {last.Hosts} hosts: creates x{last.CreatesPerSecond / one.CreatesPerSecond:0.00}, payments x{last.PaymentsPerSecond / one.PaymentsPerSecond:0.00}"));
        output.WriteLine(Ceiling("create", last.Create, cores));
        output.WriteLine(Ceiling("pay", last.Pay, cores));
        output.WriteLine(Invariant($"nothing doubled or lost on 1, 2 and 3 hosts (database checks, no errors) {Verdict(allHold)}"));
        return allHold;
    }

    /// <summary>
    /// Which resource saturates: if the window used nearly all cores, the machine's CPU, shared by the hosts, PostgreSQL
    /// and the load generator; each one's ms per operation then says how far it alone would go with the whole machine.
    /// </summary>
    private static string Ceiling(string phase, CpuShare cpu, int cores)
    {
        var busy = (cpu.MachineCores ?? cpu.Total) / cores;
        var hostsAlone = cores * 1000 / cpu.HostMsPerOperation;
        var postgresAlone = cpu.PostgresMsPerOperation is { } pg && pg > 0 ? cores * 1000 / pg : double.NaN;
        var bound = busy >= Saturated
            ? $"CPU-bound: {busy:P0} of the {cores} cores busy (hosts {cpu.HostCores:0.00}, PostgreSQL {cpu.PostgresCores:0.00}, load generator {cpu.LoadGeneratorCores:0.00}, other work {Format(cpu.OtherCores)})"
            : $"not CPU-bound ({busy:P0} of the {cores} cores busy): the limit is waiting (commits, locks, round trips)";
        var largest = cpu.HostCores >= (cpu.PostgresCores ?? 0) ? "the gateway hosts" : "PostgreSQL";
        return Invariant(
            $"ceiling ({phase}, {cpu.Operations} ops): {bound}; the largest share is {largest}. With the whole machine the hosts alone would do {hostsAlone:0}/s, PostgreSQL alone {postgresAlone:0}/s");
    }

    private static void Row(int hosts, string phase, double rate, CpuShare cpu) =>
        Console.Out.WriteLine(Invariant(
            $"{hosts,5} {phase,-7}{rate,9:0.0}{cpu.HostCores,13:0.00}{Format(cpu.PostgresCores),10}{cpu.LoadGeneratorCores,13:0.00}{cpu.Total,8:0.00}{Format(cpu.OtherCores),8}{cpu.HostMsPerOperation,12:0.00}{Format(cpu.PostgresMsPerOperation),10}"));

    private static string Format(double? value) => value is { } v ? v.ToString("0.00", CultureInfo.InvariantCulture) : "n/a";

    private static string Verdict(bool met) => met ? "PASS" : "BELOW";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
