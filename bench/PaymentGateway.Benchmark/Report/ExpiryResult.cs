namespace PaymentGateway.Benchmark.Report;

/// <summary>
/// The expiry scenario's numbers: the sweep against one plain UPDATE of the same rows, and create throughput without
/// and during a sweep (<see cref="SweepWindow"/> is how long the load ran beside it; the sweep may end first).
/// </summary>
internal sealed record ExpiryResult(
    int Sessions,
    int BatchSize,
    int SweepExpired,
    TimeSpan SweepTime,
    int PlainExpired,
    TimeSpan PlainTime,
    double CreatesPerSecond,
    int CreateErrors,
    double CreatesPerSecondDuringSweep,
    int CreateErrorsDuringSweep,
    TimeSpan SweepWindow,
    int ExpiredUnderLoad,
    TimeSpan SweepTimeUnderLoad,
    long? GatewayPeakResidentBytes)
{
    public double SweepRatio => SweepTime / PlainTime;

    public double ThroughputRatio => CreatesPerSecondDuringSweep / CreatesPerSecond;
}
