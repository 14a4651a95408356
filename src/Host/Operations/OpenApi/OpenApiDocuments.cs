namespace PaymentGateway.Host.Operations.OpenApi;

/// <summary>The two OpenAPI documents: served at <c>/swagger/{name}/swagger.json</c>, browsable at <c>/swagger</c>.</summary>
internal static class OpenApiDocuments
{
    /// <summary>Every endpoint under the Opencharge base path: what partners integrate against.</summary>
    public const string Opencharge = "opencharge";

    /// <summary>Endpoints tagged <see cref="OperatorTag"/> (add <c>Tags(OperatorTag)</c> in an endpoint's Configure).</summary>
    public const string Operator = "operator";

    public const string OperatorTag = "Operator";
}
