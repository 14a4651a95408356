using System.Text.Json.Nodes;

namespace PaymentGateway.Sandbox.Protocol;

/// <summary>The Opencharge error envelope <c>{"error":{"code","message"}}</c> (docs/protocol.md, Errors).</summary>
internal static class ErrorBody
{
    public static JsonObject Create(string code, string message) =>
        new() { ["error"] = new JsonObject { ["code"] = code, ["message"] = message } };
}
