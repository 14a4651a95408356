using System.Text.Json.Serialization;

namespace PaymentGateway.Settlement.Features.OperatorLedger;

internal sealed record StatementResponse(
    [property: JsonPropertyName("ocid")] long Ocid,
    [property: JsonPropertyName("currency")] string Currency,
    [property: JsonPropertyName("opening_balance")] string OpeningBalance,
    [property: JsonPropertyName("closing_balance")] string ClosingBalance,
    [property: JsonPropertyName("entries")] IReadOnlyList<StatementLine> Entries);
