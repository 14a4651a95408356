using System.Text.Json.Serialization;

namespace PaymentGateway.Settlement.Features.OperatorLedger;

/// <summary>One entry on a partner's statement; <see cref="Balance"/> is the running balance after it.</summary>
internal sealed record StatementLine(
    [property: JsonPropertyName("entry_id")] long EntryId,
    [property: JsonPropertyName("posted_at")] DateTimeOffset PostedAt,
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("txid")] string? Txid,
    [property: JsonPropertyName("memo")] string Memo,
    [property: JsonPropertyName("debit")] string Debit,
    [property: JsonPropertyName("credit")] string Credit,
    [property: JsonPropertyName("balance")] string Balance);
