using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace PaymentGateway.Opencharge.AspNetCore.Errors;

/// <summary>Writes the error envelope. Used by the middleware and by endpoints alike so every error looks the same.</summary>
public static class OpenchargeErrorWriter
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static Task WriteAsync(HttpContext context, int statusCode, OpenchargeError error)
    {
        context.Response.StatusCode = statusCode;
        context.Response.ContentType = "application/json";
        var body = error.Details is null
            ? (object)new { error = new { code = error.Code, message = error.Message } }
            : new { error = new { code = error.Code, message = error.Message, details = error.Details } };
        return context.Response.WriteAsync(JsonSerializer.Serialize(body, Json), context.RequestAborted);
    }

    public static Task WriteAsync(HttpContext context, OpenchargeException exception) =>
        WriteAsync(context, exception.StatusCode, exception.Error);
}
