using PaymentGateway.Merchants.Contracts;

namespace PaymentGateway.Merchants.Metadata;

internal sealed record ParsedMetadata(PartnerProfile Profile, ConfigSignature ConfigSignature);
