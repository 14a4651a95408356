using Microsoft.AspNetCore.Http;
using PaymentGateway.Checkout.Features.HostedPage.Rendering;
using PaymentGateway.Checkout.Persistence;

namespace PaymentGateway.Checkout.Features.HostedPage;

/// <summary>Turns a session into the page the customer should see now, by its effective status.</summary>
internal sealed class HostedPages(MerchantLookup merchants, FormGuard guard, TimeProvider clock)
{
    public async Task<HtmlPageResult> ForSessionAsync(HttpContext context, CheckoutSession session, FormFeedback feedback,
        int statusCode, CancellationToken cancellationToken)
    {
        var pathBase = context.Request.PathBase.Value ?? "";
        var merchant = await merchants.GetAsync(session.MerchantOcid, cancellationToken);
        var now = clock.GetUtcNow();
        var html = SessionStates.Effective(session, now) switch
        {
            SessionStatus.Pending => CheckoutPageRenderer.Render(new CheckoutPageModel(pathBase, session.Id, merchant,
                OrderViewParser.Parse(session.OrderJson), session.Amount, session.Currency, session.ExpiresAt - now,
                guard.Issue(context), feedback)),
            SessionStatus.Completed => StatePageRenderer.Completed(pathBase, merchant, session.Amount, session.Currency, session.SuccessUrl),
            SessionStatus.Cancelled => StatePageRenderer.Cancelled(pathBase, merchant, session.CancelUrl),
            _ => StatePageRenderer.Expired(pathBase, merchant, session.CancelUrl),
        };
        return new HtmlPageResult(html, statusCode, [session.SuccessUrl, session.CancelUrl]);
    }

    public static HtmlPageResult NotFound(HttpContext context) =>
        new(StatePageRenderer.NotFound(context.Request.PathBase.Value ?? ""), StatusCodes.Status404NotFound, []);

    public static HtmlPageResult FormRejected(HttpContext context, string sessionId) =>
        new(StatePageRenderer.FormRejected(context.Request.PathBase.Value ?? "", sessionId), StatusCodes.Status400BadRequest, []);

    /// <summary>Where to send the customer after a post: the merchant's URL when it gave a usable one, else our page.</summary>
    public static string RedirectTarget(HttpContext context, CheckoutSession session, string? merchantUrl) =>
        SafeUrl.Parse(merchantUrl) is not null
            ? merchantUrl!
            : context.Request.PathBase.Value + HostedPagePaths.PagePrefix + "/" + Uri.EscapeDataString(session.Id);
}
