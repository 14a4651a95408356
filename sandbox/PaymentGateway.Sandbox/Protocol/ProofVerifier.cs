using System.Text.Json;
using System.Text.Json.Nodes;
using PaymentGateway.Opencharge;

namespace PaymentGateway.Sandbox.Protocol;

/// <summary>
/// The order-independent proof checks a merchant gateway makes (docs/protocol.md, Transfer proofs), in the documented order and with the
/// documented error codes. Order lookup, amounts and replays need state and are left to the caller.
/// </summary>
internal static class ProofVerifier
{
    public static (VerifiedProof? Proof, ProtocolError? Error) Verify(JsonElement proof, string? signature, long expectedIssuer, long self, OpenchargePublicKey issuerKey)
    {
        ArgumentNullException.ThrowIfNull(issuerKey);
        if (!TryRead(proof, out var fields, out var toOcid))
            return (null, ProtocolError.BadRequest("INVALID_PROOF", "The proof is malformed: txid, issuer, from, to.ocid, amount, currency and timestamp are required."));

        if (fields!.Issuer != expectedIssuer)
            return (null, ProtocolError.BadRequest("INVALID_PROOF", "Issuer mismatch: the proof was not issued by its sender."));

        // Variant R only. The T reading would drop to.ocid and from.ocid from the signed text, so a T-signed proof
        // could be re-addressed to anyone; proofs are specified as R everywhere (docs/protocol.md, Transfer proofs).
        if (signature is null || ObjectSignatures.Verify(issuerKey, proof, signature) != CanonicalVariant.R)
            return (null, ProtocolError.BadRequest("PROOF_SIGNATURE_INVALID", "The proof signature does not verify with the issuer's key."));

        if (toOcid != self)
            return (null, ProtocolError.BadRequest("INVALID_PROOF", $"Wrong recipient: the proof pays OCID {toOcid}, not {self}."));

        return (fields, null);
    }

    private static bool TryRead(JsonElement proof, out VerifiedProof? fields, out long toOcid)
    {
        fields = null;
        toOcid = 0;
        if (proof.ValueKind != JsonValueKind.Object
            || !TryString(proof, "txid", out var txid) || txid.Length == 0
            || !TryInteger(proof, "issuer", out var issuer)
            || !proof.TryGetProperty("from", out var from) || from.ValueKind != JsonValueKind.Object
            || !proof.TryGetProperty("to", out var to) || to.ValueKind != JsonValueKind.Object
            || !TryInteger(to, "ocid", out toOcid)
            || !TryString(proof, "amount", out var amount)
            || !TryString(proof, "currency", out var currency)
            || !TryInteger(proof, "timestamp", out var timestamp))
        {
            return false;
        }

        string? reference = TryString(to, "reference", out var r) ? r : null;
        string? memo = TryString(proof, "memo", out var m) ? m : null;
        fields = new VerifiedProof(txid, issuer, JsonNode.Parse(from.GetRawText())!, reference, amount, currency, timestamp, memo);
        return true;
    }

    private static bool TryString(JsonElement element, string name, out string value)
    {
        value = string.Empty;
        if (!element.TryGetProperty(name, out var property) || property.ValueKind != JsonValueKind.String)
            return false;
        value = property.GetString()!;
        return true;
    }

    private static bool TryInteger(JsonElement element, string name, out long value)
    {
        value = 0;
        return element.TryGetProperty(name, out var property) && property.ValueKind == JsonValueKind.Number && property.TryGetInt64(out value);
    }
}
