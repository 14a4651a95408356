namespace PaymentGateway.Merchants.Features.GetCapabilities;

internal sealed record SettlementTerms(IReadOnlyList<string> Currencies, IReadOnlyList<long> Accepts);
