using System.Text.Json.Serialization;

namespace PaymentGateway.Settlement.Features.OperatorDeliveries;

/// <summary>A proof delivery with its attempts and any operator actions, oldest attempt first.</summary>
internal sealed record OperatorDeliveryItem(
    [property: JsonPropertyName("txid")] string Txid,
    [property: JsonPropertyName("session_id")] string? SessionId,
    [property: JsonPropertyName("ocid")] long RecipientOcid,
    [property: JsonPropertyName("state")] string State,
    [property: JsonPropertyName("attempt_count")] int AttemptCount,
    [property: JsonPropertyName("max_attempts")] int MaxAttempts,
    [property: JsonPropertyName("next_attempt_at")] DateTimeOffset? NextAttemptAt,
    [property: JsonPropertyName("last_reason")] string? LastReason,
    [property: JsonPropertyName("created_at")] DateTimeOffset CreatedAt,
    [property: JsonPropertyName("completed_at")] DateTimeOffset? CompletedAt,
    [property: JsonPropertyName("requeue_count")] int RequeueCount,
    [property: JsonPropertyName("attempts")] IReadOnlyList<OperatorAttemptItem> Attempts,
    [property: JsonPropertyName("operator_actions")] IReadOnlyList<OperatorActionItem> OperatorActions);
