using System.Text.Json.Serialization;

namespace PaymentGateway.Settlement.Features.OperatorDeliveries;

/// <summary>The documented body of the bulk redelivery (read by hand, see <see cref="BulkRedeliverEndpoint"/>).</summary>
internal sealed record BulkRedeliverBody(
    [property: JsonPropertyName("ocid")] long? Ocid,
    [property: JsonPropertyName("from")] DateTimeOffset? From,
    [property: JsonPropertyName("to")] DateTimeOffset? To);
