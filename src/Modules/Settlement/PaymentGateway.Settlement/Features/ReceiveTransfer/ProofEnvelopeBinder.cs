using System.Text.Json;
using PaymentGateway.Opencharge.AspNetCore.Requests;

namespace PaymentGateway.Settlement.Features.ReceiveTransfer;

/// <summary>
/// Reads a /transfer/webhook body from the signed bytes' one JSON document. Only <c>proof</c> (an object) and
/// <c>signature</c> (a string) are the request's shape; the proof's own fields are read leniently (a value of the
/// wrong type or holding a control character counts as missing) and judged by the handler, so that a bad proof is
/// INVALID_PROOF, not INVALID_REQUEST.
/// </summary>
internal sealed class ProofEnvelopeBinder : SignedJsonBinder<ProofEnvelope>
{
    protected override ProofEnvelope Read(JsonElement root, JsonFields fields)
    {
        var proof = fields.Object(root, "proof", "proof");
        return new ProofEnvelope
        {
            Proof = proof is { } p ? ReadProof(p) : null,
            Signature = fields.String(root, "signature", "signature"),
            SignedProof = proof?.Clone() ?? default,
        };
    }

    private static TransferProof ReadProof(JsonElement proof) => new()
    {
        Txid = Text(proof, "txid"),
        Issuer = Integer(proof, "issuer"),
        From = Object(proof, "from") is { } from ? new TransferParty { Ocid = Integer(from, "ocid"), Reference = Text(from, "reference") } : null,
        To = Object(proof, "to") is { } to ? new TransferParty { Ocid = Integer(to, "ocid"), Reference = Text(to, "reference") } : null,
        Amount = Text(proof, "amount"),
        Currency = Text(proof, "currency"),
        Timestamp = Integer(proof, "timestamp"),
        Memo = Text(proof, "memo"),
    };

    private static JsonElement? Object(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Object ? value : null;

    private static long? Integer(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var number) ? number : null;

    // None belongs in a proof, and PostgreSQL cannot store NUL.
    private static string? Text(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { } text
        && !text.Any(char.IsControl) ? text : null;
}
