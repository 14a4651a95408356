using System.Text.Json;
using System.Text.Json.Serialization;

namespace PaymentGateway.Checkout.Features.GetCheckoutStatus;

/// <summary>
/// snake_case like the /checkout/create response. <see cref="Proof"/> is the proof object itself (not a string), exactly
/// as signed, so the caller can verify <see cref="Signature"/> over it. Null members are omitted.
/// </summary>
internal sealed record CheckoutStatusResponse(
    [property: JsonPropertyName("session_id")] string SessionId,
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("order_id")] string OrderId,
    [property: JsonPropertyName("amount")] string Amount,
    [property: JsonPropertyName("currency")] string Currency,
    [property: JsonPropertyName("expires_at")] long ExpiresAt,
    [property: JsonPropertyName("completed_at")] long? CompletedAt,
    [property: JsonPropertyName("proof")] JsonElement? Proof,
    [property: JsonPropertyName("signature")] string? Signature);
