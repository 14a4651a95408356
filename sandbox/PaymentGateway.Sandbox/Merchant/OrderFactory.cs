using System.Security.Cryptography;
using System.Text.Json.Nodes;
using PaymentGateway.Sandbox.Shop;

namespace PaymentGateway.Sandbox.Merchant;

/// <summary>Builds the order object (docs/protocol.md, POST /checkout/create) for a one-item purchase.</summary>
internal static class OrderFactory
{
    /// <summary>E-commerce orders in the docs live one hour (docs/protocol.md, POST /checkout/create).</summary>
    public const long LifetimeSeconds = 3600;

    public static JsonObject Create(Product product, long merchantOcid, long merchantGatewayOcid, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(product);
        var createdAt = now.ToUnixTimeSeconds();
        // Optional fields are simply left out: a null would be signed as null and trip up other canonicalisers.
        return new JsonObject
        {
            ["id"] = "ord_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12)),
            ["ocid"] = merchantOcid,
            ["amount"] = product.Price,
            ["currency"] = ProductCatalog.Currency,
            ["items"] = new JsonArray(new JsonObject
            {
                ["id"] = product.Id,
                ["name"] = product.Name,
                ["quantity"] = 1,
                ["price"] = product.Price,
            }),
            ["memo"] = $"Sandbox order: {product.Name}",
            ["createdAt"] = createdAt,
            ["expiresAt"] = createdAt + LifetimeSeconds,
            // Only proofs from our merchant gateway settle this order (docs/protocol.md, POST /checkout/create).
            ["accepts"] = new JsonArray(merchantGatewayOcid),
        };
    }
}
