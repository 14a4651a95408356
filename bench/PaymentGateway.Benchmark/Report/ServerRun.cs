using PaymentGateway.Benchmark.Load;

namespace PaymentGateway.Benchmark.Report;

/// <summary>One server's load result with the peak memory of its process.</summary>
internal sealed record ServerRun(string Name, LoadResult Load, long? PeakResidentBytes);
