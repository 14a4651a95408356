namespace PaymentGateway.Opencharge.AspNetCore.Errors;

/// <summary>The Opencharge error envelope <c>{"error":{"code","message","details"?}}</c> as a type, for FastEndpoints and OpenAPI.</summary>
/// <param name="Error">code (e.g. INVALID_SIGNATURE), a human-readable message, and optional details per field.</param>
public sealed record OpenchargeErrorEnvelope(OpenchargeError Error);
