using System.Text.Json.Nodes;

namespace PaymentGateway.Sandbox.Merchant;

/// <summary>An order with the merchant's signature beside it (never inside it, docs/protocol.md, Canonical JSON).</summary>
internal sealed record SignedOrder(JsonObject Order, string Canonical, string Signature)
{
    public string Id => (string)Order["id"]!;

    public string Amount => (string)Order["amount"]!;

    public string Currency => (string)Order["currency"]!;
}
