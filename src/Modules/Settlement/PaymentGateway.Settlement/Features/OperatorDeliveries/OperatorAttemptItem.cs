using System.Text.Json.Serialization;

namespace PaymentGateway.Settlement.Features.OperatorDeliveries;

/// <summary>One HTTP attempt; <c>trigger</c> says why it ran (first, retry, resume, operator-requeue, operator-redeliver).</summary>
internal sealed record OperatorAttemptItem(
    [property: JsonPropertyName("number")] int Number,
    [property: JsonPropertyName("started_at")] DateTimeOffset StartedAt,
    [property: JsonPropertyName("trigger")] string Trigger,
    [property: JsonPropertyName("status_code")] int? StatusCode,
    [property: JsonPropertyName("outcome")] string Outcome,
    [property: JsonPropertyName("reason")] string Reason);
