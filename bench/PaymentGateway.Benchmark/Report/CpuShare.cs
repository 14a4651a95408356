namespace PaymentGateway.Benchmark.Report;

/// <summary>
/// CPU used during one measured window, in cores (CPU seconds / wall seconds), by the gateway hosts together, the
/// PostgreSQL backends of the bench database (null when not measurable), the load generator (this process) and the
/// whole machine (null when not measurable; what is not ours is other work on a shared machine).
/// </summary>
internal sealed record CpuShare(double HostCores, double? PostgresCores, double LoadGeneratorCores, double? MachineCores,
    double WallSeconds, long Operations)
{
    public double Total => HostCores + (PostgresCores ?? 0) + LoadGeneratorCores;

    /// <summary>Busy cores not used by this scenario (other work on the machine, PostgreSQL's shared processes).</summary>
    public double? OtherCores => MachineCores is { } machine ? Math.Max(0, machine - Total) : null;

    public double HostMsPerOperation => Operations == 0 ? double.NaN : HostCores * WallSeconds * 1000 / Operations;

    public double? PostgresMsPerOperation => Operations == 0 ? null : PostgresCores * WallSeconds * 1000 / Operations;
}
