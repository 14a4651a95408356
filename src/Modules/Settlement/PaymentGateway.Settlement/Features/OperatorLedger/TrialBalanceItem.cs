using System.Text.Json.Serialization;

namespace PaymentGateway.Settlement.Features.OperatorLedger;

/// <summary>
/// One currency of the trial balance: total debits and credits over all accounts, their difference (must be "0"),
/// and the sum of every posting (must be "0" too; an independent check on the account totals).
/// </summary>
internal sealed record TrialBalanceItem(
    [property: JsonPropertyName("currency")] string Currency,
    [property: JsonPropertyName("debits")] string Debits,
    [property: JsonPropertyName("credits")] string Credits,
    [property: JsonPropertyName("difference")] string Difference,
    [property: JsonPropertyName("postings_sum")] string PostingsSum);
