namespace PaymentGateway.Opencharge.AspNetCore.OpenApi;

/// <summary>
/// Endpoint metadata for OpenAPI only: the JSON body an endpoint reads raw (signatures cover the exact bytes, so it
/// cannot bind a request DTO). Unlike <c>Accepts&lt;T&gt;()</c> it adds no content-type check to routing, which would
/// answer 415 outside the Opencharge error envelope.
/// </summary>
public sealed record DocumentedJsonBody(Type BodyType, object? Example = null);
