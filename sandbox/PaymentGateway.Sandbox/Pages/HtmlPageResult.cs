using System.Text;

namespace PaymentGateway.Sandbox.Pages;

/// <summary>A complete HTML page with the security headers every sandbox page carries.</summary>
internal sealed class HtmlPageResult : IResult
{
    private readonly string _html;
    private readonly int _status;
    private readonly string _contentSecurityPolicy;

    public HtmlPageResult(string html, int status, string contentSecurityPolicy)
    {
        _html = html;
        _status = status;
        _contentSecurityPolicy = contentSecurityPolicy;
    }

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var response = httpContext.Response;
        response.StatusCode = _status;
        response.ContentType = "text/html; charset=utf-8";
        response.Headers.ContentSecurityPolicy = _contentSecurityPolicy;
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers["Referrer-Policy"] = "no-referrer";
        // Order pages change state and the shop page carries an antiforgery token: neither may be cached.
        response.Headers.CacheControl = "no-store";
        await response.WriteAsync(_html, Encoding.UTF8, httpContext.RequestAborted).ConfigureAwait(false);
    }
}
