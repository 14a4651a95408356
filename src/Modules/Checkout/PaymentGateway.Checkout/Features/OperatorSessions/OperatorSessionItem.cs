using System.Text.Json.Serialization;

namespace PaymentGateway.Checkout.Features.OperatorSessions;

/// <summary>A session as an operator sees it: no order JSON, signatures or card details.</summary>
internal sealed record OperatorSessionItem(
    [property: JsonPropertyName("session_id")] string SessionId,
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("caller_ocid")] long CallerOcid,
    [property: JsonPropertyName("merchant_ocid")] long MerchantOcid,
    [property: JsonPropertyName("order_id")] string OrderId,
    [property: JsonPropertyName("amount")] string Amount,
    [property: JsonPropertyName("currency")] string Currency,
    [property: JsonPropertyName("created_at")] DateTimeOffset CreatedAt,
    [property: JsonPropertyName("expires_at")] DateTimeOffset ExpiresAt,
    [property: JsonPropertyName("completed_at")] DateTimeOffset? CompletedAt);
