using FastEndpoints;
using PaymentGateway.Opencharge.AspNetCore.Authentication;
using PaymentGateway.Opencharge.AspNetCore.Identity;

namespace PaymentGateway.Opencharge.AspNetCore.Endpoints;

/// <summary>
/// The endpoint group of the Opencharge API: every endpoint declared in it answers under <c>Opencharge:BasePath</c>,
/// is described in the Opencharge OpenAPI document and needs a signed request: the group requires the
/// <see cref="OpenchargeAuthentication.Scheme"/> scheme, which verifies the signature over the exact body bytes before
/// the endpoint binds anything (<see cref="SignedRequestAuthenticationHandler"/>), and settles a nonce deferred to the
/// endpoint's first write after it (<see cref="DeferredNonceSettlement"/>). An endpoint that is public by the protocol
/// (metadata.json) says so with <c>AllowAnonymous()</c>. Every answer is signed on its way out
/// (<see cref="OpenchargeApiExtensions.UseOpenchargeApi"/>).
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
            endpoint.AuthSchemes(OpenchargeAuthentication.Scheme);
            endpoint.PostProcessor<DeferredNonceSettlement>(Order.Before);
            endpoint.Tags(Tag);
            // Any content type: the body is read from the signed bytes whatever its label, and the 415 that routing
            // would answer for another label has no error envelope. The OpenAPI body is described from the request type.
            endpoint.Description(builder => builder.ClearDefaultAccepts());
        });
    }
}
