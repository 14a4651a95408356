using System.Globalization;

namespace PaymentGateway.Benchmark.Report;

/// <summary>
/// Prints the pay scenario: a table per build, then the summary with the verdicts (of the first build, "this build",
/// and its completions/s against the second when there is one). Returns whether every target was met.
/// </summary>
internal static class PayReport
{
    public const double LagTargetMs = 2000;
    public const double CpuTargetMs = 5;
    public const double RatioTarget = 2;

    public static bool Print(string title, IReadOnlyList<(string Label, PayResult Result, IReadOnlyList<double> SliceRates)> builds)
    {
        var output = Console.Out;
        output.WriteLine();
        output.WriteLine(title);
        foreach (var (label, result, _) in builds)
            PrintBuild(label, result);

        output.WriteLine();
        output.WriteLine(Invariant($"{"build",-24}{"completions/s",15}{"CPU ms/payment",16}{"p99 lag from 303 ms",21}{"proofs",12}{"duplicates",12}{"errors",8}"));
        foreach (var (label, result, _) in builds)
            output.WriteLine(Invariant(
                $"{label,-24}{result.CompletionsPerSecond,15:0.0}{result.CpuMsPerPayment,16:0.00}{Percentiles.Of(result.LagFromCompletionMs, 0.99),21:0.0}{result.ProofsReceived + "/" + result.Sessions,12}{result.Duplicates,12}{result.Errors,8}"));
        output.WriteLine();

        var mine = builds[0].Result;
        var p99 = Percentiles.Of(mine.LagFromCompletionMs, 0.99);
        var fastEnough = p99 < LagTargetMs;
        output.WriteLine(Invariant($"pay: p99 proof lag from the 303: {p99:0.0} ms (target < {LagTargetMs:0} ms) {Verdict(fastEnough)}"));
        var allProofs = mine.ProofsReceived == mine.Sessions && mine.ProofOrders == mine.Sessions && mine.Duplicates == 0;
        output.WriteLine(Invariant(
            $"pay: proofs: {mine.ProofsReceived} of {mine.Sessions}, {mine.Duplicates} duplicates (target all, none twice) {Verdict(allProofs)}"));
        output.WriteLine(Invariant($"pay: errors: {mine.Errors} (target 0) {Verdict(mine.Errors == 0)}"));
        var cheapEnough = mine.CpuMsPerPayment <= CpuTargetMs;
        output.WriteLine(Invariant($"pay: gateway CPU per payment: {mine.CpuMsPerPayment:0.00} ms (target <= {CpuTargetMs:0.0} ms) {Verdict(cheapEnough)}"));
        var met = fastEnough && allProofs && mine.Errors == 0 && cheapEnough;
        if (builds.Count > 1)
        {
            var (label, other, otherRates) = builds[1];
            var ratio = mine.CompletionsPerSecond / other.CompletionsPerSecond;
            var pairs = builds[0].SliceRates.Zip(otherRates, (a, b) => a / b).Order().ToList();
            output.WriteLine(Invariant(
                $"pay: completions/s vs {label}: {mine.CompletionsPerSecond:0.0} / {other.CompletionsPerSecond:0.0} = {ratio:0.00}x (target >= {RatioTarget:0.0}x) {Verdict(ratio >= RatioTarget)}; slice pairs {pairs[0]:0.00}..{pairs[^1]:0.00}"));
            output.WriteLine(Invariant(
                $"pay: CPU per payment vs {label}: {mine.CpuMsPerPayment:0.00} / {other.CpuMsPerPayment:0.00} ms = {mine.CpuMsPerPayment / other.CpuMsPerPayment:0.00}x"));
            met &= ratio >= RatioTarget;
        }
        foreach (var (label, result, _) in builds)
        {
            if (result.FirstError is { } error)
                output.WriteLine($"first error ({label}): {error}");
        }
        return met;
    }

    private static void PrintBuild(string label, PayResult result)
    {
        var output = Console.Out;
        output.WriteLine();
        output.WriteLine(Invariant($"{label}:"));
        output.WriteLine(Invariant($"{"",-34}{"p50 ms",10}{"p99 ms",10}"));
        Row("POST /pay -> 303", result.PayLatencyMs);
        Row("proof lag from the 303", result.LagFromCompletionMs);
        Row("proof lag from the POST's start", result.LagFromStartMs);
        var memory = result.GatewayPeakResidentBytes is { } bytes ? (bytes / 1024.0 / 1024.0).ToString("0.0", CultureInfo.InvariantCulture) : "n/a";
        output.WriteLine(Invariant($"completions/s: {result.CompletionsPerSecond:0.0} ({result.Completed} of {result.Sessions} sessions paid)"));
        output.WriteLine(Invariant(
            $"proofs received: {result.ProofsReceived} (distinct orders {result.ProofOrders}), duplicates: {result.Duplicates}, paid without a proof: {result.MissingProofs}"));
        output.WriteLine(Invariant(
            $"errors: {result.Errors}, gateway peak RSS: {memory} MiB, gateway CPU per payment: {result.CpuMsPerPayment:0.00} ms (proof delivery included)"));
    }

    private static void Row(string name, double[] sortedMs) =>
        Console.Out.WriteLine(Invariant($"{name,-34}{Percentiles.Of(sortedMs, 0.50),10:0.0}{Percentiles.Of(sortedMs, 0.99),10:0.0}"));

    private static string Verdict(bool met) => met ? "PASS" : "BELOW";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
