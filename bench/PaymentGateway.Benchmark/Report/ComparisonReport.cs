using System.Globalization;

namespace PaymentGateway.Benchmark.Report;

/// <summary>Prints the results table and the verdict against the targets; returns whether every target was met.</summary>
internal static class ComparisonReport
{
    public const double ThroughputTarget = 0.7;

    public static bool Print(string title, ServerRun gateway, ServerRun baseline)
    {
        var output = Console.Out;
        output.WriteLine();
        output.WriteLine(title);
        output.WriteLine(Invariant($"{"server",-10}{"requests/s",12}{"p50 ms",10}{"p99 ms",10}{"errors",8}{"peak RSS MiB",14}{"CPU ms/req",12}"));
        foreach (var run in new[] { gateway, baseline })
        {
            var memory = run.PeakResidentBytes is { } bytes ? (bytes / 1024.0 / 1024.0).ToString("0.0", CultureInfo.InvariantCulture) : "n/a";
            output.WriteLine(Invariant(
                $"{run.Name,-10}{run.Load.RequestsPerSecond,12:0.0}{run.Load.P50Ms,10:0.0}{run.Load.P99Ms,10:0.0}{run.Load.Errors,8}{memory,14}{run.CpuMsPerRequest,12:0.00}"));
        }
        output.WriteLine();

        var ratio = gateway.Load.RequestsPerSecond / baseline.Load.RequestsPerSecond;
        var fastEnough = ratio >= ThroughputTarget;
        output.WriteLine(Invariant($"throughput gateway/baseline: {ratio:0.00} (target >= {ThroughputTarget:0.00}) {(fastEnough ? "PASS" : "BELOW")}"));
        output.WriteLine(Invariant(
            $"server CPU per request gateway/baseline: {gateway.CpuMsPerRequest / baseline.CpuMsPerRequest:0.00} (less sensitive to other load on the machine)"));
        var errors = gateway.Load.Errors + baseline.Load.Errors;
        output.WriteLine(Invariant($"errors: {errors} (target 0) {(errors == 0 ? "PASS" : "BELOW")}"));
        foreach (var run in new[] { gateway, baseline })
            Notes(run);
        return fastEnough && errors == 0;
    }

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
