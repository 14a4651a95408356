using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace PaymentGateway.Checkout;

public static class CheckoutLogScopes
{
    /// <summary>Adds the <c>SessionId</c> log scope to the hosted checkout pages (<c>/pay/{sessionId}</c>).</summary>
    public static IApplicationBuilder UseCheckoutLogScopes(this IApplicationBuilder app) =>
        app.UseWhen(context => context.Request.Path.StartsWithSegments(HostedPagePaths.PagePrefix, StringComparison.OrdinalIgnoreCase),
            pages => pages.UseMiddleware<SessionLogScopeMiddleware>());
}
