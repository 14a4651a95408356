using System.Text.Json.Nodes;
using PaymentGateway.Opencharge;

namespace PaymentGateway.Sandbox.Merchant;

/// <summary>Signs orders the way every party verifies them: canonical variant R, secp256k1 (docs/protocol.md, Canonical JSON).</summary>
internal static class OrderSigner
{
    public static SignedOrder Sign(OpenchargePrivateKey key, JsonObject order)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(order);
        // The canonical text is kept for the log/debug page; the signature comes from the library, not from it,
        // so a divergence between the two would show up in the vector test.
        return new SignedOrder(order, CanonicalJson.Serialize(order, CanonicalVariant.R), ObjectSignatures.Sign(key, order));
    }
}
