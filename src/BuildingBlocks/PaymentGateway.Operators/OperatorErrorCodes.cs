namespace PaymentGateway.Operators;

/// <summary>Error codes of the operator API beyond the Opencharge ones (same envelope; docs/protocol.md, Errors).</summary>
public static class OperatorErrorCodes
{
    public const string Unauthorized = "UNAUTHORIZED";
    public const string Forbidden = "FORBIDDEN";
    public const string Conflict = "CONFLICT";
}
