using PaymentGateway.Opencharge.AspNetCore.Errors;

namespace PaymentGateway.Host.Operations.OpenApi;

/// <summary>
/// Only describes the error body for OpenAPI; <see cref="OpenchargeErrorWriter"/> writes the real one.
/// </summary>
/// <param name="Error">code (e.g. INVALID_SIGNATURE), a human-readable message, and optional details per field.</param>
internal sealed record OpenchargeErrorEnvelope(OpenchargeError Error);
