using PaymentGateway.Opencharge;

namespace PaymentGateway.Merchants.Contracts;

/// <summary>What a partner publishes in its metadata.json, validated.</summary>
public sealed record PartnerProfile(
    long Ocid,
    string Name,
    string? Icon,
    OpenchargePublicKey PublicKey,
    string Endpoint,
    IReadOnlyList<string> Capabilities,
    IReadOnlyList<string> SettlementCurrencies,
    IReadOnlyList<long> SettlementAccepts);
