using System.Globalization;
using PaymentGateway.Opencharge;

namespace PaymentGateway.Benchmark.Baseline;

/// <summary>The identity the baseline signs its responses with, when asked to (docs/protocol.md, Signed responses).</summary>
internal sealed record ResponseSigner(long Ocid, OpenchargePrivateKey Key)
{
    public string OcidText { get; } = Ocid.ToString(CultureInfo.InvariantCulture);
}
