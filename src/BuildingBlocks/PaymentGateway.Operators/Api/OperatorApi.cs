using FastEndpoints;
using Microsoft.AspNetCore.Http.Metadata;

namespace PaymentGateway.Operators.Api;

/// <summary>
/// The endpoint group of the operator API: every endpoint declared in it answers under <c>/operator</c>, signs in
/// with <see cref="OperatorAccess.Scheme"/>, needs at least the <see cref="OperatorAccess.Policy"/> (an endpoint that
/// changes something adds <see cref="OperatorAccess.AdminPolicy"/>) and is described in the operator OpenAPI document.
/// The error envelope and the refusal of cross-site state changes apply to the whole <c>/operator</c> path, unmatched
/// routes included, and run before sign-in (<see cref="OperatorAccessExtensions.UseOperatorApiErrors"/>).
/// </summary>
public sealed class OperatorApi : Group
{
    public OperatorApi()
    {
        Configure(OperatorAccess.RoutePrefix, endpoint =>
        {
            endpoint.AuthSchemes(OperatorAccess.Scheme);
            endpoint.Policies(OperatorAccess.Policy);
            endpoint.Tags(OperatorAccess.Tag);
            // Operators' scripts send JSON bodies with whatever Content-Type their tool picks (curl -d says form data);
            // the forgery rule has already decided whether the call may change anything, so a body is read as JSON.
            endpoint.RequestBinder(typeof(OperatorRequestBinder<>));
            // Not FastEndpoints' ClearDefaultAccepts: its OpenAPI generator finds the request type (the query parameters
            // and the body it documents) through the accepts metadata.
            endpoint.Description(builder => builder.Add(routes =>
            {
                for (var i = routes.Metadata.Count - 1; i >= 0; i--)
                {
                    if (routes.Metadata[i] is IAcceptsMetadata accepts)
                        routes.Metadata[i] = new OperatorAcceptsMetadata(accepts.RequestType);
                }
            }));
        });
    }
}
