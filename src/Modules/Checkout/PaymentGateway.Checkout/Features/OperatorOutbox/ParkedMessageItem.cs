using System.Text.Json.Serialization;

namespace PaymentGateway.Checkout.Features.OperatorOutbox;

/// <summary>A parked outbox message as an operator sees it: which event, how often it failed and with what.</summary>
internal sealed record ParkedMessageItem(
    [property: JsonPropertyName("id")] Guid Id,
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("occurred_at")] DateTimeOffset OccurredAt,
    [property: JsonPropertyName("attempts")] int Attempts,
    [property: JsonPropertyName("last_error")] string? LastError,
    [property: JsonPropertyName("parked_at")] DateTimeOffset ParkedAt);
