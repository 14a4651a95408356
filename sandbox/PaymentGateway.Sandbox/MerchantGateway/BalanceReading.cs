namespace PaymentGateway.Sandbox.MerchantGateway;

/// <summary>The answer of <c>GET /accounts/balance</c>: the balances, or why they could not be read.</summary>
internal sealed record BalanceReading(IReadOnlyList<Balance>? Balances, string? ErrorCode, string? ErrorMessage)
{
    public string? Available(string currency) =>
        Balances?.FirstOrDefault(b => string.Equals(b.Currency, currency, StringComparison.Ordinal))?.Available;
}
