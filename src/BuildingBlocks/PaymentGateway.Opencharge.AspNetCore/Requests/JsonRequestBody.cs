using System.Text.Json;
using PaymentGateway.Opencharge.AspNetCore.Errors;

namespace PaymentGateway.Opencharge.AspNetCore.Requests;

/// <summary>
/// The first step of every Opencharge body parser: the verified request bytes as a JSON object whose every name and
/// string is readable text (<see cref="JsonTextCheck"/>), or 400 INVALID_REQUEST naming what is wrong. Parsers then read
/// fields with <see cref="JsonElement.GetString"/> without anything left that could throw.
/// </summary>
public static class JsonRequestBody
{
    public static JsonDocument ParseObject(ReadOnlyMemory<byte> body, int maxDepth)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = maxDepth });
        }
        catch (JsonException)
        {
            throw Invalid("The request body is not valid JSON.", new Dictionary<string, object?> { ["body"] = "must be a JSON object" });
        }

        var root = document.RootElement;
        Dictionary<string, object?>? unreadable = null;
        if (root.ValueKind != JsonValueKind.Object || (unreadable = JsonTextCheck.Find(root)).Count > 0)
        {
            document.Dispose();
            throw unreadable is null
                ? Invalid("The request body must be a JSON object.", new Dictionary<string, object?> { ["body"] = "must be a JSON object" })
                : Invalid("The request has text that cannot be read: " + string.Join(", ", unreadable.Keys) + ".", unreadable);
        }

        return document;
    }

    private static OpenchargeException Invalid(string message, IReadOnlyDictionary<string, object?> details) =>
        new(400, ErrorCodes.InvalidRequest, message, details);
}
