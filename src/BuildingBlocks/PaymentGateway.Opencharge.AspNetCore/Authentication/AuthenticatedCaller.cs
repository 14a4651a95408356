namespace PaymentGateway.Opencharge.AspNetCore.Authentication;

/// <summary>The verified caller of an Opencharge request and the exact body bytes its signature covers.</summary>
public sealed record AuthenticatedCaller(long Ocid, ReadOnlyMemory<byte> Body);
