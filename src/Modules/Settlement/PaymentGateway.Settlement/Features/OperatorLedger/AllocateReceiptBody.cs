using System.Text.Json.Serialization;

namespace PaymentGateway.Settlement.Features.OperatorLedger;

internal sealed record AllocateReceiptBody([property: JsonPropertyName("ocid")] long Ocid);
