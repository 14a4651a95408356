using System.Text.Json.Serialization;

namespace PaymentGateway.Settlement.Features.OperatorLedger;

/// <summary>A proof received on /transfer/webhook; <see cref="CreditedOcid"/> null means it waits in suspense.</summary>
internal sealed record OperatorReceiptItem(
    [property: JsonPropertyName("issuer")] long Issuer,
    [property: JsonPropertyName("txid")] string Txid,
    [property: JsonPropertyName("amount")] string Amount,
    [property: JsonPropertyName("currency")] string Currency,
    [property: JsonPropertyName("to_reference")] string? ToReference,
    [property: JsonPropertyName("credited_ocid")] long? CreditedOcid,
    [property: JsonPropertyName("allocated_by")] string? AllocatedBy,
    [property: JsonPropertyName("allocated_at")] DateTimeOffset? AllocatedAt,
    [property: JsonPropertyName("received_at")] DateTimeOffset ReceivedAt);
