using System.Text.Json.Serialization;

namespace PaymentGateway.Benchmark.Baseline;

/// <summary>The same answer as the gateway's (docs/protocol.md, POST /checkout/create, snake_case).</summary>
internal sealed record BaselineResponse(
    [property: JsonPropertyName("checkout_url")] string CheckoutUrl,
    [property: JsonPropertyName("session_id")] string SessionId,
    [property: JsonPropertyName("expires_at")] long ExpiresAt);
