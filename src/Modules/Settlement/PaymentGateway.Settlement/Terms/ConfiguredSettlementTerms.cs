using Microsoft.Extensions.Options;
using PaymentGateway.Settlement.Contracts;

namespace PaymentGateway.Settlement.Terms;

internal sealed class ConfiguredSettlementTerms(IOptions<SettlementTermsOptions> options) : ISettlementTerms
{
    public IReadOnlyList<string> Currencies { get; } = options.Value.SettlementCurrencies;

    public IReadOnlyList<long> Accepts { get; } = options.Value.SettlementAccepts;

    public bool SettlesIn(string currency) => Currencies.Count == 0 || Currencies.Contains(currency, StringComparer.Ordinal);
}
