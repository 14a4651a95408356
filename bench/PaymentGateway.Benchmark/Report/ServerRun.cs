using PaymentGateway.Benchmark.Load;

namespace PaymentGateway.Benchmark.Report;

/// <summary>One server's load result with the peak memory of its process and the CPU it used while measured.</summary>
internal sealed record ServerRun(string Name, LoadResult Load, long? PeakResidentBytes, TimeSpan MeasuredCpu)
{
    public double CpuMsPerRequest => Load.Completed == 0 ? double.NaN : MeasuredCpu.TotalMilliseconds / Load.Completed;
}
