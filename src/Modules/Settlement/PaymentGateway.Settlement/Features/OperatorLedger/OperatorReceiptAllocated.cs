using System.Text.Json.Serialization;

namespace PaymentGateway.Settlement.Features.OperatorLedger;

internal sealed record OperatorReceiptAllocated(
    [property: JsonPropertyName("issuer")] long Issuer,
    [property: JsonPropertyName("txid")] string Txid,
    [property: JsonPropertyName("credited_ocid")] long CreditedOcid);
