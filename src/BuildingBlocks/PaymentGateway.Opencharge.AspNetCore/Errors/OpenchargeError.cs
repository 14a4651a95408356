namespace PaymentGateway.Opencharge.AspNetCore.Errors;

/// <summary>The body of the Opencharge error envelope: <c>{"error":{"code","message","details"?}}</c>.</summary>
public sealed record OpenchargeError(string Code, string Message, IReadOnlyDictionary<string, object?>? Details = null);
