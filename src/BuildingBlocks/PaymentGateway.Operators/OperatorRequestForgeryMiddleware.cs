using System.Net.Http.Headers;
using Microsoft.AspNetCore.Http;
using PaymentGateway.Opencharge.AspNetCore.Errors;
using PaymentGateway.Opencharge.AspNetCore.Identity;

namespace PaymentGateway.Operators;

/// <summary>
/// Keeps another site from driving the operator API with a signed-in browser: a browser resends cached Basic
/// credentials with any request to our origin, so a plain form POST from a hostile page would otherwise redeliver
/// proofs. A state-changing call (anything but GET, HEAD, OPTIONS) must carry either a JSON body or an
/// <c>X-Requested-By</c> header: a cross-site form can send neither without a CORS preflight, which we never answer.
/// On top of that, a request the browser labels cross-site (<c>Sec-Fetch-Site</c>) or whose <c>Origin</c> is not
/// ours is refused outright. Runs before authentication, so a forged request costs no password check.
/// </summary>
internal sealed class OperatorRequestForgeryMiddleware(RequestDelegate next, GatewayIdentity identity)
{
    public const string RequestedByHeader = "X-Requested-By";

    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method))
            return next(context);

        var refusal = Refusal(request);
        return refusal is null
            ? next(context)
            : OpenchargeErrorWriter.WriteAsync(context, StatusCodes.Status403Forbidden, new OpenchargeError(OperatorErrorCodes.Forbidden, refusal));
    }

    private string? Refusal(HttpRequest request)
    {
        // Browsers since 2020 label every request; only "same-origin" (our own pages) and "none" (typed by the user)
        // are ours. "same-site" is refused too: a sibling subdomain is another application.
        var fetchSite = request.Headers["Sec-Fetch-Site"].ToString();
        if (fetchSite.Length > 0 && fetchSite is not ("same-origin" or "none"))
            return "Cross-site requests may not change anything through the operator API.";
        var origin = request.Headers.Origin.ToString();
        if (origin.Length > 0 && !IsOwnOrigin(request, origin))
            return "Requests from another origin may not change anything through the operator API.";
        if (!HasJsonBody(request) && string.IsNullOrWhiteSpace(request.Headers[RequestedByHeader].ToString()))
            return $"State-changing operator calls need a JSON body (Content-Type: application/json) or an {RequestedByHeader} header.";
        return null;
    }

    /// <summary>Our public origin (<c>Opencharge:BaseUrl</c>, right behind a TLS-terminating proxy) or the one this request reached.</summary>
    private bool IsOwnOrigin(HttpRequest request, string origin) =>
        string.Equals(origin, identity.BaseUrl.GetLeftPart(UriPartial.Authority), StringComparison.OrdinalIgnoreCase)
        || string.Equals(origin, $"{request.Scheme}://{request.Host.Value}", StringComparison.OrdinalIgnoreCase);

    private static bool HasJsonBody(HttpRequest request) =>
        MediaTypeHeaderValue.TryParse(request.ContentType, out var type)
        && string.Equals(type.MediaType, "application/json", StringComparison.OrdinalIgnoreCase);
}
