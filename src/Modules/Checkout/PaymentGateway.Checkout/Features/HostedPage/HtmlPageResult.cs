using Microsoft.AspNetCore.Http;

namespace PaymentGateway.Checkout.Features.HostedPage;

/// <summary>An HTML page with the hosted-page security headers.</summary>
internal sealed class HtmlPageResult(string html, int statusCode, IReadOnlyList<string?> redirectTargets) : IResult
{
    public int StatusCode { get; } = statusCode;

    public Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        SecurityHeaders.Apply(response, redirectTargets);
        response.StatusCode = StatusCode;
        response.ContentType = "text/html; charset=utf-8";
        return response.WriteAsync(html, httpContext.RequestAborted);
    }
}
