using Microsoft.AspNetCore.Http;

namespace PaymentGateway.Opencharge.AspNetCore.Authentication;

public static class HttpContextCallerExtensions
{
    /// <summary>The caller that request authentication verified; the endpoints of the OpenchargeApi group can rely on it.</summary>
    public static AuthenticatedCaller GetCaller(this HttpContext context) =>
        context.Features.Get<AuthenticatedCaller>()
        ?? throw new InvalidOperationException("This endpoint does not require Opencharge request authentication.");
}
