namespace PaymentGateway.Host.Operations.OpenApi;

/// <summary>The two OpenAPI documents: served at <c>/swagger/{name}/swagger.json</c>, browsable at <c>/swagger</c>.</summary>
internal static class OpenApiDocuments
{
    /// <summary>Every endpoint under the Opencharge base path: what partners integrate against.</summary>
    public const string Opencharge = "opencharge";

    /// <summary>The endpoints of the <see cref="PaymentGateway.Operators.Api.OperatorApi"/> group.</summary>
    public const string Operator = "operator";
}
