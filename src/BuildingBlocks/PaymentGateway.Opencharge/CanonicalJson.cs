using System.Text.Json;
using System.Text.Json.Nodes;

namespace PaymentGateway.Opencharge;

/// <summary>
/// Canonical JSON text for signing (docs/protocol.md, Canonical JSON). Output is byte-for-byte what the JavaScript reference code
/// produces: no whitespace, JSON.stringify string escaping, ECMAScript number formatting, ordinal key order.
/// Canonicalise the received JSON itself (not a typed model), so unknown fields and exact values are kept.
/// </summary>
public static class CanonicalJson
{
    /// <summary>
    /// Variant R sorts keys at every level (the normative one; always sign with it). Variant T mirrors the order
    /// pages' <c>JSON.stringify(obj, Object.keys(obj).sort())</c>; a non-object top level is written unfiltered.
    /// </summary>
    public static string Serialize(JsonElement element, CanonicalVariant variant = CanonicalVariant.R) =>
        CanonicalJsonWriter.Write(element, variant);

    public static string Serialize(JsonNode node, CanonicalVariant variant = CanonicalVariant.R) =>
        CanonicalJsonWriter.Write(node, variant);
}
