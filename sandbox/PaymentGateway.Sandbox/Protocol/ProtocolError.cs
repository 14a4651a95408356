namespace PaymentGateway.Sandbox.Protocol;

/// <summary>An Opencharge error answer: HTTP status plus the code and message of the error envelope.</summary>
internal sealed record ProtocolError(int Status, string Code, string Message)
{
    public static ProtocolError BadRequest(string code, string message) => new(StatusCodes.Status400BadRequest, code, message);

    public static ProtocolError Unauthorized(string code, string message) => new(StatusCodes.Status401Unauthorized, code, message);
}
