using PaymentGateway.Opencharge;

namespace PaymentGateway.Sandbox.Protocol;

/// <summary>What the sandbox needs from the payment gateway's metadata document.</summary>
internal sealed record GatewayMetadata(OpenchargePublicKey PublicKey, Uri Endpoint, DateTimeOffset FetchedAt);
