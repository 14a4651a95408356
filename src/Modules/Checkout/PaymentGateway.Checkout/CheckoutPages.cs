using Microsoft.AspNetCore.Builder;
using PaymentGateway.Checkout.Features.HostedPage;

namespace PaymentGateway.Checkout;

public static class CheckoutPages
{
    /// <summary>
    /// The hosted checkout pages (<c>/pay/{sessionId}</c>): a <c>SessionId</c> log scope, and error pages instead of
    /// bare 500s.
    /// </summary>
    public static IApplicationBuilder UseCheckoutPages(this IApplicationBuilder app) =>
        app.UseWhen(context => context.Request.Path.StartsWithSegments(HostedPagePaths.PagePrefix, StringComparison.OrdinalIgnoreCase),
            pages => pages.UseMiddleware<SessionLogScopeMiddleware>().UseMiddleware<HostedPageErrorMiddleware>());
}
