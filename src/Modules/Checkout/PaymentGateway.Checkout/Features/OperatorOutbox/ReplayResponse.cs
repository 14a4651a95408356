using System.Text.Json.Serialization;

namespace PaymentGateway.Checkout.Features.OperatorOutbox;

/// <param name="State"><c>pending</c> (waiting for the relay) or <c>processed</c> (relayed).</param>
/// <param name="Replayed">True when this request unparked the message; false when there was nothing to do.</param>
internal sealed record ReplayResponse(
    [property: JsonPropertyName("id")] Guid Id,
    [property: JsonPropertyName("state")] string State,
    [property: JsonPropertyName("replayed")] bool Replayed);
