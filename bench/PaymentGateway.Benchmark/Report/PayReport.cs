using System.Globalization;

namespace PaymentGateway.Benchmark.Report;

/// <summary>Prints the pay scenario's table and verdicts; returns whether every target was met.</summary>
internal static class PayReport
{
    public const double LagTargetMs = 2000;

    public static bool Print(string title, PayResult result)
    {
        var output = Console.Out;
        output.WriteLine();
        output.WriteLine(title);
        output.WriteLine(Invariant($"{"",-34}{"p50 ms",10}{"p99 ms",10}"));
        Row("POST /pay -> 303", result.PayLatencyMs);
        Row("proof lag from the 303", result.LagFromCompletionMs);
        Row("proof lag from the POST's start", result.LagFromStartMs);
        output.WriteLine();
        var memory = result.GatewayPeakResidentBytes is { } bytes ? (bytes / 1024.0 / 1024.0).ToString("0.0", CultureInfo.InvariantCulture) : "n/a";
        output.WriteLine(Invariant($"completions/s: {result.CompletionsPerSecond:0.0} ({result.Completed} of {result.Sessions} sessions paid)"));
        output.WriteLine(Invariant(
            $"proofs received: {result.ProofsReceived} (distinct orders {result.ProofOrders}), duplicates: {result.Duplicates}, paid without a proof: {result.MissingProofs}"));
        output.WriteLine(Invariant(
            $"errors: {result.Errors}, gateway peak RSS: {memory} MiB, gateway CPU per payment: {result.CpuMsPerPayment:0.0} ms (proof delivery included)"));
        output.WriteLine();

        var p99 = Percentiles.Of(result.LagFromCompletionMs, 0.99);
        var fastEnough = p99 < LagTargetMs;
        output.WriteLine(Invariant($"p99 proof lag from the 303: {p99:0.0} ms (target < {LagTargetMs:0} ms) {Verdict(fastEnough)}"));
        var allProofs = result.ProofsReceived == result.Sessions && result.ProofOrders == result.Sessions && result.Duplicates == 0;
        output.WriteLine(Invariant(
            $"proofs: {result.ProofsReceived} of {result.Sessions}, {result.Duplicates} duplicates (target all, none twice) {Verdict(allProofs)}"));
        output.WriteLine(Invariant($"errors: {result.Errors} (target 0) {Verdict(result.Errors == 0)}"));
        if (result.FirstError is { } error)
            output.WriteLine("first error: " + error);
        return fastEnough && allProofs && result.Errors == 0;
    }

    private static void Row(string name, double[] sortedMs) =>
        Console.Out.WriteLine(Invariant($"{name,-34}{Percentiles.Of(sortedMs, 0.50),10:0.0}{Percentiles.Of(sortedMs, 0.99),10:0.0}"));

    private static string Verdict(bool met) => met ? "PASS" : "BELOW";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
