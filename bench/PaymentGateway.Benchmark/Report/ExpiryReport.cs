using System.Globalization;

namespace PaymentGateway.Benchmark.Report;

/// <summary>Prints the expiry scenario's results and verdicts; returns whether every target was met.</summary>
internal static class ExpiryReport
{
    public const double SweepRatioTarget = 3.0;
    public const double ThroughputRatioTarget = 0.8;

    public static bool Print(string title, ExpiryResult r)
    {
        var output = Console.Out;
        output.WriteLine();
        output.WriteLine(title);
        output.WriteLine(Invariant($"expiry sweep (batches of {r.BatchSize}): {r.SweepExpired} sessions in {r.SweepTime.TotalMilliseconds:0} ms"));
        output.WriteLine(Invariant($"one plain UPDATE:              {r.PlainExpired} sessions in {r.PlainTime.TotalMilliseconds:0} ms"));
        var sweepOk = r.SweepRatio <= SweepRatioTarget && r.SweepExpired == r.Sessions && r.PlainExpired == r.Sessions;
        output.WriteLine(Invariant($"sweep/plain UPDATE: {r.SweepRatio:0.00} (target <= {SweepRatioTarget:0.0}) {Verdict(sweepOk)}"));
        output.WriteLine();
        output.WriteLine(Invariant($"creates/s without a sweep: {r.CreatesPerSecond:0.0} ({r.CreateErrors} errors)"));
        output.WriteLine(Invariant(
            $"creates/s during a sweep:  {r.CreatesPerSecondDuringSweep:0.0} ({r.CreateErrorsDuringSweep} errors; measured {r.SweepWindow.TotalSeconds:0.0} s while the sweep expired {r.ExpiredUnderLoad} sessions in {r.SweepTimeUnderLoad.TotalMilliseconds:0} ms)"));
        var throughputOk = r.ThroughputRatio >= ThroughputRatioTarget && r.CreateErrors + r.CreateErrorsDuringSweep == 0;
        output.WriteLine(Invariant($"throughput during/without: {r.ThroughputRatio:0.00} (target >= {ThroughputRatioTarget:0.0}) {Verdict(throughputOk)}"));
        var memory = r.GatewayPeakResidentBytes is { } bytes ? (bytes / 1024.0 / 1024.0).ToString("0.0", CultureInfo.InvariantCulture) : "n/a";
        output.WriteLine(Invariant($"gateway peak RSS: {memory} MiB"));
        return sweepOk && throughputOk;
    }

    private static string Verdict(bool met) => met ? "PASS" : "BELOW";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
