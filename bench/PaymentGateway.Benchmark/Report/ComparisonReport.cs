using System.Globalization;

namespace PaymentGateway.Benchmark.Report;

/// <summary>Prints the results table and the verdict against the targets; returns whether every target was met.</summary>
internal static class ComparisonReport
{
    public static bool Print(string title, ServerRun gateway, IReadOnlyList<Comparison> comparisons)
    {
        var output = Console.Out;
        output.WriteLine();
        output.WriteLine(title);
        output.WriteLine(Invariant($"{"server",-22}{"requests/s",12}{"p50 ms",10}{"p99 ms",10}{"errors",8}{"peak RSS MiB",14}{"CPU ms/req",12}{"PG ms/req",11}{"total ms/req",14}"));
        foreach (var run in comparisons.Select(c => c.Baseline).Prepend(gateway))
        {
            var memory = run.PeakResidentBytes is { } bytes ? (bytes / 1024.0 / 1024.0).ToString("0.0", CultureInfo.InvariantCulture) : "n/a";
            output.WriteLine(Invariant(
                $"{run.Name,-22}{run.Load.RequestsPerSecond,12:0.0}{run.Load.P50Ms,10:0.0}{run.Load.P99Ms,10:0.0}{run.Load.Errors,8}{memory,14}{run.CpuMsPerRequest,12:0.00}{Ms(run.PostgresMsPerRequest),11}{Ms(run.TotalMsPerRequest),14}"));
        }

        var met = true;
        foreach (var comparison in comparisons)
        {
            output.WriteLine();
            output.WriteLine(Invariant($"gateway vs {comparison.Baseline.Name}:"));
            output.WriteLine(Invariant(
                $"  throughput ratio: {comparison.Ratio:0.00} (target >= {comparison.ThroughputTarget:0.00}) {Verdict(comparison.Ratio >= comparison.ThroughputTarget)}; slice pairs {Spread(comparison.PairRatios)}"));
            output.WriteLine(Invariant(
                $"  p99 ratio: {comparison.P99Ratio:0.00} (target <= {Comparison.LatencyAllowance:0.00}) {Verdict(comparison.P99Ratio <= Comparison.LatencyAllowance)}"));
            output.WriteLine(Invariant(
                $"  server CPU per request ratio: {gateway.CpuMsPerRequest / comparison.Baseline.CpuMsPerRequest:0.00} (less sensitive to other load on the machine)"));
            if (gateway.TotalMsPerRequest is { } gatewayTotal && comparison.Baseline.TotalMsPerRequest is { } baselineTotal)
                output.WriteLine(Invariant(
                    $"  server + PG CPU per request: {gatewayTotal:0.00} / {baselineTotal:0.00} ms = {gatewayTotal / baselineTotal:0.00} (PG {gateway.PostgresMsPerRequest:0.00} / {comparison.Baseline.PostgresMsPerRequest:0.00} ms)"));
            output.WriteLine(Invariant($"  errors: {comparison.Errors} (target 0) {Verdict(comparison.Errors == 0)}"));
            met &= comparison.Met;
        }

        foreach (var run in comparisons.Select(c => c.Baseline).Prepend(gateway))
            Notes(run);
        return met;
    }

    private static string Spread(IReadOnlyList<double> ratios) =>
        ratios.Count == 0
            ? "n/a"
            : Invariant($"{ratios.Min():0.00}..{ratios.Max():0.00} over {ratios.Count} (median {ratios.Order().ElementAt(ratios.Count / 2):0.00})");

    private static string Ms(double? value) => value is { } ms ? ms.ToString("0.00", CultureInfo.InvariantCulture) : "n/a";

    private static string Verdict(bool met) => met ? "PASS" : "BELOW";

    private static void Notes(ServerRun run)
    {
        var load = run.Load;
        if (load.UncountedErrors > 0)
            Console.Out.WriteLine(Invariant($"{run.Name}: {load.UncountedErrors} more errors during the warm-up (not counted)"));
        if (load.FirstError is { } error)
            Console.Out.WriteLine($"{run.Name}: first error: {error}");
        if (load.PoolExhausted)
            Console.Out.WriteLine(Invariant(
                $"{run.Name}: the pre-built requests ran out; measured {load.Window.TotalSeconds:0.0} s only (raise --pool)"));
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
