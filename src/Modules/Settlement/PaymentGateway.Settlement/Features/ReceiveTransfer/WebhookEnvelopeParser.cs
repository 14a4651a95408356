using System.Text.Json;
using PaymentGateway.Opencharge.AspNetCore.Errors;
using PaymentGateway.Opencharge.AspNetCore.Requests;

namespace PaymentGateway.Settlement.Features.ReceiveTransfer;

/// <summary>Parses a /transfer/webhook body from the verified request bytes; a body that is not <c>{proof, signature}</c> is 400 INVALID_REQUEST.</summary>
internal static class WebhookEnvelopeParser
{
    public static WebhookEnvelope Parse(ReadOnlyMemory<byte> body)
    {
        using (var document = JsonRequestBody.ParseObject(body, maxDepth: 16))
        {
            var root = document.RootElement;
            if (!root.TryGetProperty("proof", out var proof) || proof.ValueKind != JsonValueKind.Object)
                throw Invalid("proof must be an object.", "proof", "must be an object");
            if (!root.TryGetProperty("signature", out var signature) || signature.ValueKind != JsonValueKind.String)
                throw Invalid("signature must be a string.", "signature", "must be a string");

            var to = proof.TryGetProperty("to", out var toValue) && toValue.ValueKind == JsonValueKind.Object ? toValue : (JsonElement?)null;
            var from = proof.TryGetProperty("from", out var fromValue) && fromValue.ValueKind == JsonValueKind.Object ? fromValue : (JsonElement?)null;
            return new WebhookEnvelope(
                proof.Clone(),
                signature.GetString()!,
                Integer(proof, "issuer"),
                Text(proof, "txid"),
                to is { } t ? Integer(t, "ocid") : null,
                to is { } r ? Text(r, "reference") : null,
                Text(proof, "amount"),
                Text(proof, "currency"),
                Text(proof, "memo"),
                from is { } f && Integer(f, "ocid") is not null,
                Integer(proof, "timestamp") is not null);
        }
    }

    private static long? Integer(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var number) ? number : null;

    // A value with a control character is treated as missing (the proof is then INVALID_PROOF): none belongs in a
    // proof, and PostgreSQL cannot store NUL.
    private static string? Text(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { } text
        && !text.Any(char.IsControl) ? text : null;

    private static OpenchargeException Invalid(string message, string field, string problem) =>
        new(400, ErrorCodes.InvalidRequest, message, new Dictionary<string, object?> { [field] = problem });
}
