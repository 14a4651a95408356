using System.Text.Json;

namespace PaymentGateway.Sandbox.Protocol;

/// <summary>The body of a <c>/transfer/webhook</c> call, <c>{"proof": {…}, "signature": "…"}</c> (docs/protocol.md, Proof delivery).</summary>
internal static class ProofEnvelope
{
    /// <summary>The parsed body (dispose it after using <paramref name="proof"/>), or null when the body is not that shape.</summary>
    public static JsonDocument? TryParse(byte[] body, out JsonElement proof, out string? signature)
    {
        proof = default;
        signature = null;
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException)
        {
            return null;
        }

        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object
            || !root.TryGetProperty("proof", out proof) || proof.ValueKind != JsonValueKind.Object
            || !root.TryGetProperty("signature", out var sig) || sig.ValueKind != JsonValueKind.String)
        {
            document.Dispose();
            return null;
        }

        signature = sig.GetString();
        return document;
    }

    public static ProtocolError Malformed() =>
        ProtocolError.BadRequest("INVALID_PROOF", "The body must be {\"proof\": {…}, \"signature\": \"…\"}.");
}
