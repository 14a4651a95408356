using System.Text.Json.Serialization;

namespace PaymentGateway.Checkout.Features.CreateCheckout;

/// <summary>docs/protocol.md, POST /checkout/create: this one response is snake_case on the wire.</summary>
internal sealed record CreateCheckoutResponse(
    [property: JsonPropertyName("checkout_url")] string CheckoutUrl,
    [property: JsonPropertyName("session_id")] string SessionId,
    [property: JsonPropertyName("expires_at")] long ExpiresAt);
