using System.Text.Json.Serialization;

namespace PaymentGateway.Settlement.Features.OperatorLedger;

/// <summary>One ledger account with its posted totals and its balance in its normal direction (exact decimal strings).</summary>
internal sealed record OperatorAccountItem(
    [property: JsonPropertyName("code")] string Code,
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("ocid")] long? Ocid,
    [property: JsonPropertyName("currency")] string Currency,
    [property: JsonPropertyName("debits_posted")] string DebitsPosted,
    [property: JsonPropertyName("credits_posted")] string CreditsPosted,
    [property: JsonPropertyName("balance")] string Balance);
