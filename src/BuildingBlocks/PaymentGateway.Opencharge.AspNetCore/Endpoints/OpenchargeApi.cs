using FastEndpoints;
using PaymentGateway.Opencharge.AspNetCore.Identity;

namespace PaymentGateway.Opencharge.AspNetCore.Endpoints;

/// <summary>
/// The endpoint group of the Opencharge API: every endpoint declared in it answers under <c>Opencharge:BasePath</c>
/// and is described in the Opencharge OpenAPI document. Requests are authenticated by their signature
/// (<see cref="OpenchargeApiExtensions.UseOpenchargeApi"/> verifies it over the exact body bytes before an endpoint
/// runs, and signs every answer), so ASP.NET authorization has nothing to add: the group is anonymous to it.
/// </summary>
public sealed class OpenchargeApi : Group
{
    /// <summary>The tag that puts an endpoint in the Opencharge OpenAPI document.</summary>
    public const string Tag = "Opencharge";

    public OpenchargeApi()
    {
        // Endpoints are configured while the host maps them, so the base path is read from the host's own identity.
        Configure(Resolve<GatewayIdentity>().BasePath, endpoint =>
        {
            endpoint.AllowAnonymous();
            endpoint.Tags(Tag);
            // Any content type: the body is read from the signed bytes whatever its label, and the 415 that routing
            // would answer for another label has no error envelope. The OpenAPI body is described from the request type.
            endpoint.Description(builder => builder.ClearDefaultAccepts());
        });
    }
}
