using Microsoft.AspNetCore.Http;

namespace PaymentGateway.Opencharge.AspNetCore.Authentication;

public static class HttpContextCallerExtensions
{
    /// <summary>The caller that the authentication middleware verified; endpoints behind it can rely on it.</summary>
    public static AuthenticatedCaller GetCaller(this HttpContext context) =>
        context.Features.Get<AuthenticatedCaller>()
        ?? throw new InvalidOperationException("This endpoint is not behind Opencharge request authentication.");
}
