namespace PaymentGateway.Benchmark.Load;

/// <summary>
/// How many signed requests to pre-build. Every request is sent once (fresh nonce and order id), and signing them
/// during the run would steal the servers' CPU, so each pool is sized from the throughput seen just before (warm-up or
/// previous slice), with headroom because the warm-up runs partly before the JIT has finished optimising.
/// </summary>
internal static class PoolSizing
{
    private const double Headroom = 2.5;
    private const int Spare = 300;

    /// <summary>Enough for the warm-up at up to ~1500 requests/s; a smaller pool only ends the warm-up early.</summary>
    public static int ForWarmup(TimeSpan warmup) => Math.Max(1000, (int)(warmup.TotalSeconds * 1500));

    public static int ForSlice(double lastRate, TimeSpan slice, int cap) =>
        double.IsFinite(lastRate) && lastRate > 0
            ? (int)Math.Min(cap, Math.Ceiling(lastRate * slice.TotalSeconds * Headroom) + Spare)
            : cap;
}
