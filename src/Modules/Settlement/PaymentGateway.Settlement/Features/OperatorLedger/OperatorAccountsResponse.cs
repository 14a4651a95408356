using System.Text.Json.Serialization;

namespace PaymentGateway.Settlement.Features.OperatorLedger;

internal sealed record OperatorAccountsResponse(
    [property: JsonPropertyName("accounts")] IReadOnlyList<OperatorAccountItem> Accounts,
    [property: JsonPropertyName("trial_balance")] IReadOnlyList<TrialBalanceItem> TrialBalance);
