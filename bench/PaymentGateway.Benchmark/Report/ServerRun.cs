using PaymentGateway.Benchmark.Load;

namespace PaymentGateway.Benchmark.Report;

/// <summary>
/// One server's load result with the peak memory of its process, the CPU it used while measured, and the CPU of the
/// PostgreSQL backends of its own database over the same slices (null when not measurable).
/// </summary>
internal sealed record ServerRun(string Name, LoadResult Load, long? PeakResidentBytes, TimeSpan MeasuredCpu, TimeSpan? MeasuredPostgresCpu)
{
    public double CpuMsPerRequest => Load.Completed == 0 ? double.NaN : MeasuredCpu.TotalMilliseconds / Load.Completed;

    public double? PostgresMsPerRequest =>
        MeasuredPostgresCpu is { } postgres ? (Load.Completed == 0 ? double.NaN : postgres.TotalMilliseconds / Load.Completed) : null;

    /// <summary>What one request cost the machine in the server and in the database together.</summary>
    public double? TotalMsPerRequest => PostgresMsPerRequest is { } postgres ? CpuMsPerRequest + postgres : null;
}
