namespace PaymentGateway.Opencharge.AspNetCore.Errors;

/// <summary>
/// Thrown by endpoints to answer with the Opencharge error envelope and a given status.
/// The message is shown to the caller, so it never carries secrets or internal detail.
/// </summary>
public sealed class OpenchargeException(int statusCode, string code, string message, IReadOnlyDictionary<string, object?>? details = null)
    : Exception(message)
{
    public int StatusCode { get; } = statusCode;

    public OpenchargeError Error { get; } = new(code, message, details);
}
