namespace PaymentGateway.Operators;

/// <summary>Names shared by the host (which registers them) and the modules' operator endpoints (which require them).</summary>
public static class OperatorAccess
{
    /// <summary>The HTTP Basic authentication scheme operators sign in with.</summary>
    public const string Scheme = "OperatorBasic";

    /// <summary>Any configured operator: reads the dashboard and the operator API.</summary>
    public const string Policy = "Operator";

    /// <summary>Operators with the admin role: requeue, delete, redeliver.</summary>
    public const string AdminPolicy = "OperatorAdmin";

    public const string AdminRole = "admin";

    public const string ReadOnlyRole = "read-only";

    /// <summary>The OpenAPI tag of the operator document.</summary>
    public const string Tag = "Operator";

    public const string Realm = "operators";

    /// <summary>Operator API routes live here, outside the Opencharge base path.</summary>
    public const string RoutePrefix = "/operator";
}
