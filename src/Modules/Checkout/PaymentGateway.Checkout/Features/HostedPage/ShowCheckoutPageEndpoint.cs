using FastEndpoints;
using PaymentGateway.Checkout.Features.HostedPage.Rendering;
using PaymentGateway.Checkout.Persistence;

namespace PaymentGateway.Checkout.Features.HostedPage;

/// <summary>GET /pay/{sessionId}: the customer-facing page, server-rendered. Outside the Opencharge API: no signatures.</summary>
internal sealed class ShowCheckoutPageEndpoint(SessionStore sessions, HostedPages pages) : Endpoint<CheckoutPageRequest>
{
    public override void Configure()
    {
        Get("{sessionId}");
        Group<HostedPageGroup>();
    }

    public override async Task HandleAsync(CheckoutPageRequest request, CancellationToken ct)
    {
        var session = await sessions.FindPageSessionAsync(request.SessionId, ct);
        await Send.ResultAsync(session is null
            ? HostedPages.NotFound(HttpContext)
            : await pages.ForSessionAsync(HttpContext, session, FormFeedback.None, 200, ct));
    }
}
