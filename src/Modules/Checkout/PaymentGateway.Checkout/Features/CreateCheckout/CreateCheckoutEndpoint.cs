using FastEndpoints;
using PaymentGateway.Opencharge.AspNetCore.Authentication;
using PaymentGateway.Opencharge.AspNetCore.Identity;

namespace PaymentGateway.Checkout.Features.CreateCheckout;

/// <summary>
/// POST {BasePath}/checkout/create — a merchant gateway (or a merchant) opens a hosted checkout for a
/// merchant-signed order (PROTOCOL.md 2.3). The body is read raw: the order signature covers the bytes received.
/// </summary>
internal sealed class CreateCheckoutEndpoint(CreateCheckoutHandler handler, GatewayIdentity identity)
    : EndpointWithoutRequest<CreateCheckoutResponse>
{
    public override void Configure()
    {
        Post("checkout/create");
        AllowAnonymous(); // Opencharge request signatures are checked by the authentication middleware.
        Summary(s =>
        {
            s.Summary = "Create a hosted checkout session for a merchant-signed order";
            s.Description = "Signed request (X-OC-ID, X-OC-Timestamp, X-OC-Nonce, X-OC-Signature). Idempotent per caller and order.id. " +
                            "Errors use the Opencharge envelope {\"error\":{\"code\",\"message\",\"details\"}}.";
        });
    }

    public override async Task HandleAsync(CancellationToken ct)
    {
        var caller = HttpContext.GetCaller();
        var request = CheckoutRequestParser.Parse(caller.Body);
        var session = await handler.HandleAsync(caller.Ocid, request, ct);
        await Send.OkAsync(new CreateCheckoutResponse(
            HostedPagePaths.CheckoutUrl(identity, session.Id), session.Id, session.ExpiresAt.ToUnixTimeSeconds()), ct);
    }
}
