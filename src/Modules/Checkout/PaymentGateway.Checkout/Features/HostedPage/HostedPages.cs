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
        var (successUrl, cancelUrl) = (MerchantUrl(session.SuccessUrl), MerchantUrl(session.CancelUrl));
        var html = SessionStates.Effective(session, now) switch
        {
            SessionStatus.Pending => CheckoutPageRenderer.Render(new CheckoutPageModel(pathBase, session.Id, merchant,
                OrderViewParser.Parse(session.OrderJson, session.SignatureVariant), session.Amount, session.Currency, session.ExpiresAt - now,
                guard.Issue(context), feedback)),
            SessionStatus.Charging => StatePageRenderer.InProgress(pathBase, merchant, session.Amount, session.Currency),
            SessionStatus.Completed => StatePageRenderer.Completed(pathBase, merchant, session.Amount, session.Currency, successUrl),
            SessionStatus.Cancelled => StatePageRenderer.Cancelled(pathBase, merchant, cancelUrl),
            _ => StatePageRenderer.Expired(pathBase, merchant, cancelUrl),
        };
        return new HtmlPageResult(html, statusCode, [successUrl, cancelUrl]);
    }

    public static HtmlPageResult NotFound(HttpContext context) =>
        new(StatePageRenderer.NotFound(context.Request.PathBase.Value ?? ""), StatusCodes.Status404NotFound, []);

    public static HtmlPageResult FormRejected(HttpContext context, string sessionId) =>
        new(StatePageRenderer.FormRejected(context.Request.PathBase.Value ?? "", sessionId), StatusCodes.Status400BadRequest, []);

    /// <summary>
    /// Where to send the customer after a post: the merchant's URL in its normalised ASCII form, else our own page.
    /// Never the stored text as it is: a row written before URLs were checked at create may hold one that no
    /// Location header can carry, and this runs after the charge.
    /// </summary>
    public static string RedirectTarget(HttpContext context, CheckoutSession session, string? merchantUrl) =>
        MerchantUrl(merchantUrl)
        ?? context.Request.PathBase.Value + HostedPagePaths.PagePrefix + "/" + Uri.EscapeDataString(session.Id);

    /// <summary>
    /// A stored success or cancel URL in its normalised form, or null. Create checked it in the mode then in force,
    /// so http is allowed here; re-parsing only normalises (and drops what cannot be a redirect) for older rows.
    /// </summary>
    private static string? MerchantUrl(string? stored) => RedirectUrl.Parse(stored, allowHttp: true)?.Value;
}
