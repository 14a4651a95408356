namespace PaymentGateway.Benchmark.Report;

internal static class Percentiles
{
    /// <summary>Nearest-rank percentile of sorted values; NaN when nothing was measured.</summary>
    public static double Of(double[] sorted, double quantile) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(quantile * sorted.Length) - 1, 0, sorted.Length - 1)];
}
