using FastEndpoints;
using Microsoft.AspNetCore.Builder;
using PaymentGateway.Opencharge.AspNetCore.Authentication;
using PaymentGateway.Opencharge.AspNetCore.Endpoints;
using PaymentGateway.Opencharge.AspNetCore.Identity;

namespace PaymentGateway.Checkout.Features.CreateCheckout;

/// <summary>
/// POST {BasePath}/checkout/create — a merchant gateway (or a merchant) opens a hosted checkout for a
/// merchant-signed order (docs/protocol.md, POST /checkout/create). The body is bound from the bytes the caller signed,
/// and the order is kept as received: the merchant's signature covers exactly that.
/// </summary>
internal sealed class CreateCheckoutEndpoint(CreateCheckoutHandler handler, GatewayIdentity identity)
    : Endpoint<CreateCheckoutRequest, CreateCheckoutResponse>
{
    public override void Configure()
    {
        Post("checkout/create");
        Group<OpenchargeApi>();
        // The body is bound by CreateCheckoutRequestBinder, which FastEndpoints takes from DI (CheckoutModule): it
        // parses return URLs in the configured mode, and Configure has no services to read that from.
        // The session insert carries the request's nonce (SessionStore): one round trip and one commit for both.
        Options(builder => builder.WithMetadata(NonceWithFirstWrite.Instance));
        Summary(s =>
        {
            s.Summary = "Create a hosted checkout session for a merchant-signed order";
            s.Description = "Signed request (X-OC-ID, X-OC-Timestamp, X-OC-Nonce, X-OC-Signature over the exact body bytes). " +
                            "The merchant's order signature is verified against its published key. One checkout per merchant order " +
                            "(merchantOcid and order.id): the caller that created it repeating the same request gets the same session; " +
                            "different content, or another caller (an MG and the merchant itself), is 409 ORDER_CONFLICT. " +
                            "Errors use the Opencharge envelope {\"error\":{\"code\",\"message\",\"details\"}}.";
            s.ExampleRequest = Example;
            s.Responses[200] = "The session: send the customer to checkout_url before expires_at (Unix seconds).";
            s.ResponseExamples[200] = new CreateCheckoutResponse(
                "https://pay.example.com/pay/cs_3f2a9c0d4b5e6f708192a3b4c5d6e7f8", "cs_3f2a9c0d4b5e6f708192a3b4c5d6e7f8", 1767225600);
        });
    }

    private static readonly CreateCheckoutRequest Example = new()
    {
        Order = new CheckoutOrder
        {
            Id = "ord_12345", Ocid = 500, Amount = "99.99", Currency = "USD", CreatedAt = 1767222000, ExpiresAt = 1767225600,
            Accepts = [300], Reference = "INV-001", Memo = "Order from Merchant Store",
            Items = [new CheckoutOrderItem { Id = "item_001", Name = "Product A", Quantity = 1, Price = "99.99" }],
        },
        Signature = "<130 hex: the merchant's signature over the canonical order>",
        MerchantOcid = 500,
        Urls = new CheckoutUrls { Success = "https://merchant.example/checkout/success", Cancel = "https://merchant.example/checkout/cancel" },
    };

    public override async Task HandleAsync(CreateCheckoutRequest request, CancellationToken ct)
    {
        var checkout = CheckoutRequest.From(request);
        var session = await handler.HandleAsync(HttpContext.GetCaller().Ocid, checkout, ct);
        await Send.OkAsync(new CreateCheckoutResponse(
            HostedPagePaths.CheckoutUrl(identity, session.Id), session.Id, session.ExpiresAt.ToUnixTimeSeconds()), ct);
    }
}
