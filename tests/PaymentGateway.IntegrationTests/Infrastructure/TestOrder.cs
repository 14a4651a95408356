using System.Text.Json.Nodes;
using PaymentGateway.Opencharge;

namespace PaymentGateway.IntegrationTests.Infrastructure;

/// <summary>A merchant order as a merchant builds it (docs/protocol.md, POST /checkout/create), ready to be changed by a test and signed.</summary>
public static class TestOrder
{
    public static JsonObject Create(long merchantOcid, IEnumerable<long> accepts, string amount = "99.99", string currency = "USD",
        string? id = null, long? expiresAt = null, string itemName = "Product A")
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        return new JsonObject
        {
            ["id"] = id ?? "ord_" + Guid.NewGuid().ToString("N")[..12],
            ["ocid"] = merchantOcid,
            ["reference"] = "INV-001",
            ["amount"] = amount,
            ["currency"] = currency,
            ["items"] = new JsonArray(new JsonObject
            {
                ["id"] = "item_001",
                ["name"] = itemName,
                ["quantity"] = 1,
                ["price"] = amount,
            }),
            ["memo"] = "Order from Merchant Store",
            ["createdAt"] = now,
            ["expiresAt"] = expiresAt ?? now + 3600,
            ["accepts"] = new JsonArray([.. accepts.Select(a => JsonValue.Create(a))]),
        };
    }

    /// <summary>The /checkout/create body for an order signed by <paramref name="merchant"/> (variant R).</summary>
    public static string CheckoutBody(JsonObject order, TestParty merchant, string? signature = null,
        string success = "https://merchant.example/checkout/success", string? cancel = "https://merchant.example/checkout/cancel")
    {
        var urls = new JsonObject { ["success"] = success };
        if (cancel is not null)
            urls["cancel"] = cancel;
        return new JsonObject
        {
            ["order"] = order.DeepClone(),
            ["signature"] = signature ?? ObjectSignatures.Sign(merchant.Key, order),
            ["merchantOcid"] = merchant.Ocid,
            ["urls"] = urls,
        }.ToJsonString();
    }
}
