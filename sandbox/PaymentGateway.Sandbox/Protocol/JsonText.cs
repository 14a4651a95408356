using System.Text.Json.Nodes;

namespace PaymentGateway.Sandbox.Protocol;

/// <summary>Reads a string property of a JSON object that may be missing or of another type.</summary>
internal static class JsonText
{
    public static string? String(JsonNode? node, string name) =>
        node is JsonObject o && o[name] is JsonValue v && v.TryGetValue<string>(out var text) ? text : null;
}
