using System.Text.Json;
using System.Text.Json.Nodes;

namespace PaymentGateway.Opencharge;

/// <summary>Signatures over JSON objects: orders, transaction proofs, metadata config (docs/protocol.md, Canonical JSON; Transfer proofs).</summary>
public static class ObjectSignatures
{
    /// <summary>Always variant R: T leaves nested fields (item prices, proof recipients) unsigned.</summary>
    public static string Sign(OpenchargePrivateKey key, JsonNode value) => Sign(key, value, out _);

    /// <summary>As <see cref="Sign(OpenchargePrivateKey, JsonNode)"/>.</summary>
    /// <param name="canonical">
    /// The canonical form that was signed, so that a caller storing or sending it does not serialise the object a
    /// second time.
    /// </param>
    public static string Sign(OpenchargePrivateKey key, JsonNode value, out string canonical)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(value);
        canonical = CanonicalJson.Serialize(value, CanonicalVariant.R);
        return key.Sign(canonical);
    }

    /// <summary>
    /// Tries R, then T (merchants who copied the order-page snippet produce T). Returns the variant that verified, or
    /// null. When it is T, nested fields outside the top-level key set were not covered by the signature.
    /// Never throws on a malformed signature.
    /// </summary>
    public static CanonicalVariant? Verify(OpenchargePublicKey key, JsonElement value, string signature) =>
        Verify(key, value, signature, out _);

    /// <summary>As <see cref="Verify(OpenchargePublicKey, JsonElement, string)"/>.</summary>
    /// <param name="canonical">
    /// The R canonical form of <paramref name="value"/> that the check computed (null when the signature did not even
    /// parse), so that a caller needing it too does not serialise the object a second time.
    /// </param>
    public static CanonicalVariant? Verify(OpenchargePublicKey key, JsonElement value, string signature, out string? canonical)
    {
        ArgumentNullException.ThrowIfNull(key);
        canonical = null;
        if (value.ValueKind == JsonValueKind.Undefined || !SignatureText.TryParse(signature, out var parsed))
        {
            return null;
        }

        var r = CanonicalJson.Serialize(value, CanonicalVariant.R);
        canonical = r;
        if (key.Verify(Sha256Hex.DigestOf(r), parsed!))
        {
            return CanonicalVariant.R;
        }

        var t = CanonicalJson.Serialize(value, CanonicalVariant.T);
        if (!string.Equals(r, t, StringComparison.Ordinal) && key.Verify(Sha256Hex.DigestOf(t), parsed!))
        {
            return CanonicalVariant.T;
        }

        return null;
    }
}
