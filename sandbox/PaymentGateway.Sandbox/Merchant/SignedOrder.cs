using System.Text.Json.Nodes;

namespace PaymentGateway.Sandbox.Merchant;

/// <summary>An order with the merchant's signature beside it (never inside it, PROTOCOL 5.2).</summary>
internal sealed record SignedOrder(JsonObject Order, string Canonical, string Signature)
{
    public string Id => (string)Order["id"]!;

    public string Amount => (string)Order["amount"]!;

    public string Currency => (string)Order["currency"]!;
}
