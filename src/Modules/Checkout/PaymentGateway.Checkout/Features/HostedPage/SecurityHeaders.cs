using Microsoft.AspNetCore.Http;
using PaymentGateway.Checkout.Features.HostedPage.Rendering;

namespace PaymentGateway.Checkout.Features.HostedPage;

/// <summary>
/// Headers of every hosted-page response. The CSP allows only our own stylesheet and script; <c>form-action</c> also
/// names the merchant's success and cancel origins because browsers apply it to the redirect that follows a post.
/// </summary>
internal static class SecurityHeaders
{
    public static void Apply(HttpResponse response, IEnumerable<string?> redirectTargets, bool cacheable = false)
    {
        var formAction = string.Join(' ', new[] { "'self'" }.Concat(redirectTargets.Select(SafeUrl.Origin).OfType<string>()).Distinct());
        var headers = response.Headers;
        headers.ContentSecurityPolicy =
            $"default-src 'none'; style-src 'self'; script-src 'self'; img-src https: http: data:; form-action {formAction}; base-uri 'none'; frame-ancestors 'none'";
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        headers.XFrameOptions = "DENY";
        headers.CacheControl = cacheable ? "public, max-age=3600" : "no-store";
        if (!cacheable)
            headers.Pragma = "no-cache";
    }
}
