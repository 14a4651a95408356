namespace PaymentGateway.Benchmark.Report;

/// <summary>The gateway against one baseline: both runs, the ratio to reach, and each slice pair's ratio.</summary>
internal sealed record Comparison(ServerRun Gateway, ServerRun Baseline, double ThroughputTarget, IReadOnlyList<double> PairRatios)
{
    /// <summary>How much slower the gateway's p99 may be than the baseline's.</summary>
    public const double LatencyAllowance = 1.2;

    public double Ratio => Gateway.Load.RequestsPerSecond / Baseline.Load.RequestsPerSecond;

    public double P99Ratio => Gateway.Load.P99Ms / Baseline.Load.P99Ms;

    public long Errors => Gateway.Load.Errors + Baseline.Load.Errors;

    public bool Met => Ratio >= ThroughputTarget && P99Ratio <= LatencyAllowance && Errors == 0;
}
