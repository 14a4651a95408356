namespace PaymentGateway.Opencharge.AspNetCore.Operators;

/// <summary>Error codes of the operator API beyond those of PROTOCOL 4.6 (same envelope).</summary>
public static class OperatorErrorCodes
{
    public const string Unauthorized = "UNAUTHORIZED";
    public const string Forbidden = "FORBIDDEN";
    public const string Conflict = "CONFLICT";
}
