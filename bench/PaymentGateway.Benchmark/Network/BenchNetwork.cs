namespace PaymentGateway.Benchmark.Network;

/// <summary>Who is who (docs/protocol.md, Parties and OCIDs): the gateway under test, the merchant gateway that calls it, the merchant.</summary>
internal sealed class BenchNetwork
{
    public BenchParty Gateway { get; } = BenchParty.Create(200, "Benchmark Payment Gateway");

    public BenchParty MerchantGateway { get; } = BenchParty.Create(300, "Benchmark Merchant Gateway");

    public BenchParty Merchant { get; } = BenchParty.Create(500, "Benchmark Merchant");
}
