using System.Text.Json.Nodes;
using PaymentGateway.Checkout.Contracts;
using PaymentGateway.Opencharge;
using PaymentGateway.Opencharge.AspNetCore.Identity;

namespace PaymentGateway.Settlement.Proofs;

/// <summary>
/// Builds and signs the proof for a completed checkout (docs/protocol.md, Transfer proofs; contradictions C1, C2): issued by us, from us with our
/// payment reference, to the caller of /checkout/create with the order id, amount and currency copied byte for byte.
/// </summary>
internal sealed class ProofIssuer(GatewayIdentity identity)
{
    public SignedProof Issue(CheckoutCompleted completed, string txid, DateTimeOffset completedAt)
    {
        ArgumentNullException.ThrowIfNull(completed);
        var proof = new JsonObject
        {
            ["txid"] = txid,
            ["issuer"] = identity.Ocid,
            ["from"] = new JsonObject { ["ocid"] = identity.Ocid, ["reference"] = completed.PaymentId },
            ["to"] = new JsonObject { ["ocid"] = completed.CallerOcid, ["reference"] = completed.OrderId },
            // Strings, never numbers: MGs compare them to the order's with ===.
            ["amount"] = completed.Amount.Text,
            ["currency"] = completed.Currency,
            ["timestamp"] = completedAt.ToUnixTimeSeconds(),
            ["memo"] = "Payment for " + completed.OrderId,
        };
        var canonical = CanonicalJson.Serialize(proof, CanonicalVariant.R);
        return new SignedProof(txid, canonical, ObjectSignatures.Sign(identity.PrivateKey, proof));
    }
}
