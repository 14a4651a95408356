using System.Text.Json.Nodes;
using PaymentGateway.Checkout.Contracts;
using PaymentGateway.Opencharge;
using PaymentGateway.Opencharge.AspNetCore.Identity;

namespace PaymentGateway.Settlement.Proofs;

/// <summary>
/// Builds and signs our proofs. For a completed checkout (docs/protocol.md, Transfer proofs; contradictions C1, C2): issued by us, from us with our
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
        return Sign(txid, proof);
    }

    /// <summary>
    /// The proof of a /transfer/create: issued by us, from the caller with its reference, to the recipient; amount and
    /// currency byte for byte from the request; optional references and memo only when given.
    /// </summary>
    public SignedProof IssueTransfer(string txid, long callerOcid, string reference, long recipientOcid, string? recipientReference,
        string amount, string currency, string? memo, DateTimeOffset executedAt)
    {
        var to = new JsonObject { ["ocid"] = recipientOcid };
        if (recipientReference is not null)
            to["reference"] = recipientReference;
        var proof = new JsonObject
        {
            ["txid"] = txid,
            ["issuer"] = identity.Ocid,
            ["from"] = new JsonObject { ["ocid"] = callerOcid, ["reference"] = reference },
            ["to"] = to,
            ["amount"] = amount,
            ["currency"] = currency,
            ["timestamp"] = executedAt.ToUnixTimeSeconds(),
        };
        if (memo is not null)
            proof["memo"] = memo;
        return Sign(txid, proof);
    }

    private SignedProof Sign(string txid, JsonObject proof)
    {
        var signature = ObjectSignatures.Sign(identity.PrivateKey, proof, out var canonical);
        return new SignedProof(txid, canonical, signature);
    }
}
