using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using PaymentGateway.Benchmark.Network;
using PaymentGateway.Opencharge;

namespace PaymentGateway.Benchmark.Load;

/// <summary>
/// Builds /checkout/create requests as a merchant gateway sends them (docs/protocol.md, POST /checkout/create; Signed requests): a distinct
/// merchant-signed order and a distinct nonce per request, signed by the MG with a timestamp taken now.
/// </summary>
internal static class CheckoutRequestFactory
{
    public const string Path = "/opencharge/checkout/create";

    public static PreparedRequest[] Build(int count, BenchNetwork network)
    {
        var run = Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(3));
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var requests = new PreparedRequest[count];
        // Two ECDSA signatures per request: use every core, it is not timed.
        Parallel.For(0, count, i => requests[i] = One(network, $"ord_{run}_{i.ToString(CultureInfo.InvariantCulture)}", now));
        return requests;
    }

    private static PreparedRequest One(BenchNetwork network, string orderId, long now)
    {
        var order = new JsonObject
        {
            ["id"] = orderId,
            ["ocid"] = network.Merchant.Ocid,
            ["reference"] = "INV-" + orderId,
            ["amount"] = "99.99",
            ["currency"] = "USD",
            ["items"] = new JsonArray(new JsonObject
            {
                ["id"] = "item_001",
                ["name"] = "Product A",
                ["quantity"] = 1,
                ["price"] = "99.99",
            }),
            ["memo"] = "Benchmark order",
            ["createdAt"] = now,
            ["expiresAt"] = now + 3600,
            ["accepts"] = new JsonArray(network.MerchantGateway.Ocid),
        };
        var body = new JsonObject
        {
            ["order"] = order.DeepClone(),
            ["signature"] = ObjectSignatures.Sign(network.Merchant.Key, order),
            ["merchantOcid"] = network.Merchant.Ocid,
            ["urls"] = new JsonObject
            {
                ["success"] = "https://merchant.example/checkout/success",
                ["cancel"] = "https://merchant.example/checkout/cancel",
            },
        }.ToJsonString();
        var bytes = Encoding.UTF8.GetBytes(body);
        var headers = RequestSigning.Sign(network.MerchantGateway.Key, network.MerchantGateway.Ocid, now,
            RequestSigning.NewNonce(), "POST", Path, bytes);
        return new PreparedRequest(bytes, headers.Ocid, headers.Timestamp, headers.Nonce, headers.Signature);
    }
}
