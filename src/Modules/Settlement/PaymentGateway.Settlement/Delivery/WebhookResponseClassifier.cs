using System.Globalization;
using System.Text.Json;

namespace PaymentGateway.Settlement.Delivery;

/// <summary>
/// Maps an MG's answer to /transfer/webhook onto an outcome (docs/protocol.md, Proof delivery). Only an explicit "accepted" counts as
/// delivered and only an explicit refusal as rejected: anything ambiguous is retried, because a lost proof means a
/// merchant who is never told they were paid, while a duplicate is answered "accepted" by MGs (docs/protocol.md, contradiction C5).
/// </summary>
internal static class WebhookResponseClassifier
{
    public static ClassifiedResponse Classify(int status, string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (status is >= 200 and < 300)
            return ClassifySuccess(status, body);
        if (status is 408 or 429)
            return ClassifiedResponse.Of(DeliveryOutcome.Retryable, status, $"HTTP {status}: {MessageOf(body) ?? "try again later"}");
        if (status is >= 400 and < 500)
            return ClassifiedResponse.Of(DeliveryOutcome.Rejected, status, $"HTTP {status}: {MessageOf(body) ?? "no reason given"}");
        return ClassifiedResponse.Of(DeliveryOutcome.Retryable, status, $"HTTP {status}: {MessageOf(body) ?? Excerpt(body)}");
    }

    public static ClassifiedResponse Timeout(TimeSpan after) =>
        ClassifiedResponse.Of(DeliveryOutcome.Retryable, null,
            string.Create(CultureInfo.InvariantCulture, $"No answer within {after.TotalSeconds:0.###} s"));

    public static ClassifiedResponse TransportFailure(string what) =>
        ClassifiedResponse.Of(DeliveryOutcome.Retryable, null, what);

    private static ClassifiedResponse ClassifySuccess(int status, string body)
    {
        var answer = Parse(body);
        return answer?.Status switch
        {
            "accepted" => ClassifiedResponse.Of(DeliveryOutcome.Delivered, status, answer.Message ?? "accepted"),
            "rejected" => ClassifiedResponse.Of(DeliveryOutcome.Rejected, status, "rejected: " + (answer.Message ?? "no reason given")),
            _ => ClassifiedResponse.Of(DeliveryOutcome.Retryable, status, $"HTTP {status} without a status of accepted or rejected: {Excerpt(body)}"),
        };
    }

    /// <summary>The MG's reason: <c>error.message</c> (Opencharge error envelope) or a top-level <c>message</c>.</summary>
    private static string? MessageOf(string body)
    {
        var answer = Parse(body);
        return answer?.ErrorMessage ?? answer?.Message;
    }

    private static WebhookAnswer? Parse(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
                return null;
            return new WebhookAnswer(
                StringProperty(root, "status"),
                StringProperty(root, "message"),
                root.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.Object ? StringProperty(error, "message") : null);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? StringProperty(JsonElement element, string name)
    {
        if (!element.TryGetProperty(name, out var value) || value.ValueKind != JsonValueKind.String)
            return null;
        try
        {
            return value.GetString();
        }
        catch (InvalidOperationException)
        {
            return null; // an escaped lone surrogate or bytes that are not UTF-8: no readable text
        }
    }

    private static string Excerpt(string body) => body.Length == 0 ? "(empty body)" : body.Length <= 200 ? body : body[..200] + "…";

    private sealed record WebhookAnswer(string? Status, string? Message, string? ErrorMessage);
}
