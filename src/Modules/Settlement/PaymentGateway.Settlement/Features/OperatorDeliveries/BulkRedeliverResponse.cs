using System.Text.Json.Serialization;

namespace PaymentGateway.Settlement.Features.OperatorDeliveries;

internal sealed record BulkRedeliverResponse([property: JsonPropertyName("requeued")] int Requeued);
