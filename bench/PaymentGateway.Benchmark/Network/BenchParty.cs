using PaymentGateway.Opencharge;

namespace PaymentGateway.Benchmark.Network;

/// <summary>A party of the benchmark's little network with a fresh key made for this run only.</summary>
internal sealed record BenchParty(long Ocid, OpenchargePrivateKey Key, string Name)
{
    public static BenchParty Create(long ocid, string name) => new(ocid, OpenchargePrivateKey.Generate(), name);
}
