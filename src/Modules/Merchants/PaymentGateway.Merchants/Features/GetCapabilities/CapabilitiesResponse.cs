namespace PaymentGateway.Merchants.Features.GetCapabilities;

internal sealed record CapabilitiesResponse(long Ocid, string Name, IReadOnlyList<string> Capabilities, SettlementTerms Settlement);
