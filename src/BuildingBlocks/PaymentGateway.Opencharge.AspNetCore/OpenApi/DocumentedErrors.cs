namespace PaymentGateway.Opencharge.AspNetCore.OpenApi;

/// <summary>
/// Endpoint metadata for OpenAPI only: the error statuses this endpoint answers beyond (or instead of) the ones every
/// signed endpoint shares, each documented with the Opencharge error envelope.
/// </summary>
public sealed record DocumentedErrors(IReadOnlyDictionary<int, string> Errors);
