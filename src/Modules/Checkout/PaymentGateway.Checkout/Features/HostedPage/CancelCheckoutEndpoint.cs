using FastEndpoints;
using Microsoft.AspNetCore.Http;
using PaymentGateway.Checkout.Features.HostedPage.Rendering;
using PaymentGateway.Checkout.Persistence;

namespace PaymentGateway.Checkout.Features.HostedPage;

/// <summary>
/// POST /pay/{sessionId}/cancel: pending → cancelled, then back to the merchant's cancel URL. Like <see cref="PayEndpoint"/>
/// it binds no request type, so that nothing of the form is read before the CSRF check.
/// </summary>
internal sealed class CancelCheckoutEndpoint(SessionStore sessions, FormGuard guard, SessionCanceller canceller, HostedPages pages)
    : EndpointWithoutRequest
{
    public override void Configure()
    {
        Post("{sessionId}/cancel");
        Group<HostedPageGroup>();
        AllowFormData(urlEncoded: true);
    }

    public override async Task HandleAsync(CancellationToken ct)
    {
        var session = await sessions.FindPageSessionAsync(Route<string>("sessionId", isRequired: false), ct);
        if (session is null)
        {
            await Send.ResultAsync(HostedPages.NotFound(HttpContext));
            return;
        }
        if (!await guard.IsValidAsync(HttpContext))
        {
            await Send.ResultAsync(HostedPages.FormRejected(HttpContext, session.Id));
            return;
        }
        if (await canceller.TryCancelAsync(session.Id, ct))
        {
            await Send.ResultAsync(new SeeOtherResult(HostedPages.RedirectTarget(HttpContext, session, session.CancelUrl)));
            return;
        }
        // Completed, expired or already cancelled: show that instead.
        var current = await sessions.FindAsync(session.Id, ct) ?? session;
        await Send.ResultAsync(await pages.ForSessionAsync(HttpContext, current, FormFeedback.None, StatusCodes.Status409Conflict, ct));
    }
}
