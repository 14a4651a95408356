using System.Text.Json.Nodes;

namespace PaymentGateway.Sandbox.Protocol;

/// <summary>
/// What came back from a call to the payment gateway: its status and JSON body, or why there was no answer. For an
/// answer other than 200, <see cref="ErrorCode"/> and <see cref="ErrorMessage"/> come from the Opencharge error envelope.
/// </summary>
internal sealed record GatewayAnswer(int? Status, JsonNode? Json, string? ErrorCode, string? ErrorMessage)
{
    public bool IsOk => Status == StatusCodes.Status200OK;

    public static GatewayAnswer Unanswered(string code, string message) => new(null, null, code, message);

    public static GatewayAnswer Answered(int status, JsonNode? json)
    {
        if (status == StatusCodes.Status200OK)
            return new GatewayAnswer(status, json, null, null);
        var error = json is JsonObject o ? o["error"] : null;
        return new GatewayAnswer(
            status,
            json,
            JsonText.String(error, "code") ?? "HTTP_" + status,
            JsonText.String(error, "message") ?? "The payment gateway gave no error message.");
    }
}
