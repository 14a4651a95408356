using FastEndpoints;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Options;
using PaymentGateway.Opencharge.AspNetCore.Authentication;
using PaymentGateway.Opencharge.AspNetCore.Endpoints;
using PaymentGateway.Opencharge.AspNetCore.Identity;
using PaymentGateway.Opencharge.AspNetCore.OpenApi;

namespace PaymentGateway.Checkout.Features.CreateCheckout;

/// <summary>
/// POST {BasePath}/checkout/create — a merchant gateway (or a merchant) opens a hosted checkout for a
/// merchant-signed order (docs/protocol.md, POST /checkout/create). The body is read raw: the order signature covers the bytes received.
/// </summary>
internal sealed class CreateCheckoutEndpoint(CreateCheckoutHandler handler, GatewayIdentity identity, IOptions<GatewayOptions> gateway)
    : EndpointWithoutRequest<CreateCheckoutResponse>
{
    public override void Configure()
    {
        Post("checkout/create");
        Group<OpenchargeApi>();
        Options(builder => builder.WithMetadata(new DocumentedJsonBody(typeof(CheckoutCreateRequestDoc), Example)));
        Summary(s =>
        {
            s.Summary = "Create a hosted checkout session for a merchant-signed order";
            s.Description = "Signed request (X-OC-ID, X-OC-Timestamp, X-OC-Nonce, X-OC-Signature over the exact body bytes). " +
                            "The merchant's order signature is verified against its published key. One checkout per merchant order " +
                            "(merchantOcid and order.id): the caller that created it repeating the same request gets the same session; " +
                            "different content, or another caller (an MG and the merchant itself), is 409 ORDER_CONFLICT. " +
                            "Errors use the Opencharge envelope {\"error\":{\"code\",\"message\",\"details\"}}.";
            s.Responses[200] = "The session: send the customer to checkout_url before expires_at (Unix seconds).";
            s.ResponseExamples[200] = new CreateCheckoutResponse(
                "https://pay.example.com/pay/cs_3f2a9c0d4b5e6f708192a3b4c5d6e7f8", "cs_3f2a9c0d4b5e6f708192a3b4c5d6e7f8", 1767225600);
        });
    }

    private static readonly CheckoutCreateRequestDoc Example = new(
        new OrderDoc("ord_12345", 500, "99.99", "USD", 1767222000, 1767225600, [300], "INV-001", "Order from Merchant Store",
            [new OrderItemDoc("item_001", "Product A", 1, "99.99")]),
        "<130 hex: the merchant's signature over the canonical order>",
        500,
        new CheckoutUrlsDoc("https://merchant.example/checkout/success", "https://merchant.example/checkout/cancel"));

    public override async Task HandleAsync(CancellationToken ct)
    {
        var caller = HttpContext.GetCaller();
        var request = CheckoutRequestParser.Parse(caller.Body, allowHttp: gateway.Value.AllowInsecureMetadata);
        var session = await handler.HandleAsync(caller.Ocid, request, ct);
        await Send.OkAsync(new CreateCheckoutResponse(
            HostedPagePaths.CheckoutUrl(identity, session.Id), session.Id, session.ExpiresAt.ToUnixTimeSeconds()), ct);
    }
}
