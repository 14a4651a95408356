using FastEndpoints;
using PaymentGateway.Checkout.Persistence;

namespace PaymentGateway.Checkout.Features.HostedPage;

/// <summary>
/// POST /pay/{sessionId}: the card form. CSRF-checked before anything else is read, so it binds no request type
/// (FastEndpoints would read the form into it first); <see cref="PayHandler"/> reads the card fields after the check.
/// </summary>
internal sealed class PayEndpoint(SessionStore sessions, FormGuard guard, PayHandler handler) : EndpointWithoutRequest
{
    public override void Configure()
    {
        Post("{sessionId}");
        Group<HostedPageGroup>();
        AllowFormData(urlEncoded: true);
    }

    public override async Task HandleAsync(CancellationToken ct)
    {
        var sessionId = Route<string>("sessionId", isRequired: false) ?? "";
        var session = await sessions.FindPageSessionAsync(sessionId, ct);
        if (session is null)
            await Send.ResultAsync(HostedPages.NotFound(HttpContext));
        else if (!await guard.IsValidAsync(HttpContext))
            await Send.ResultAsync(HostedPages.FormRejected(HttpContext, session.Id));
        else
            await Send.ResultAsync(await handler.HandleAsync(HttpContext, session, ct));
    }
}
