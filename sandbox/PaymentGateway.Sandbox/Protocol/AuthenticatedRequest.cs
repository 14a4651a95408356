namespace PaymentGateway.Sandbox.Protocol;

/// <summary>A request whose X-OC-* signature verified: the sender and the exact body bytes it signed.</summary>
internal sealed record AuthenticatedRequest(long SenderOcid, GatewayMetadata Sender, byte[] Body);
