using System.Text.Json.Serialization;

namespace PaymentGateway.Settlement.Features.OperatorDeliveries;

internal sealed record RedeliverResponse(
    [property: JsonPropertyName("txid")] string Txid,
    [property: JsonPropertyName("state")] string State,
    [property: JsonPropertyName("requeued")] int Requeued);
