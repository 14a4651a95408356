namespace PaymentGateway.Benchmark.Report;

/// <summary>
/// CPU used during one measured window, in cores (CPU seconds / wall seconds), by the gateway hosts together, the
/// PostgreSQL backends of the bench database (null when not measurable) and the load generator (this process).
/// </summary>
internal sealed record CpuShare(double HostCores, double? PostgresCores, double LoadGeneratorCores, double WallSeconds, long Operations)
{
    public double Total => HostCores + (PostgresCores ?? 0) + LoadGeneratorCores;

    public double HostMsPerOperation => Operations == 0 ? double.NaN : HostCores * WallSeconds * 1000 / Operations;

    public double? PostgresMsPerOperation => Operations == 0 ? null : PostgresCores * WallSeconds * 1000 / Operations;
}
