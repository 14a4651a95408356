using System.Globalization;
using PaymentGateway.Sandbox.Configuration;

namespace PaymentGateway.Sandbox.Pages;

/// <summary>The shared page layout and the Content-Security-Policy, computed once from the settings.</summary>
internal sealed class PageRenderer
{
    private readonly string _contentSecurityPolicy;

    public PageRenderer(SandboxSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        // form-action also governs the redirect that follows a form post (in Chromium), and POST /buy answers with a
        // 303 to the payment gateway's page, so the gateway's origins must be listed.
        var formTargets = new[] { settings.GatewayBaseUrl, settings.GatewayMetadataUrl }
            .Select(u => u.GetLeftPart(UriPartial.Authority))
            .Distinct(StringComparer.OrdinalIgnoreCase);
        _contentSecurityPolicy = "default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; frame-ancestors 'none'; "
            + "form-action 'self' " + string.Join(' ', formTargets);
    }

    public string ContentSecurityPolicy => _contentSecurityPolicy;

    /// <param name="bodyHtml">Already-encoded markup; callers encode every value with <see cref="Html.Encode"/>.</param>
    /// <param name="refreshSeconds">Reload the page after this many seconds (no script needed, so the CSP stays strict).</param>
    public IResult Page(string title, string bodyHtml, int status = StatusCodes.Status200OK, int? refreshSeconds = null)
    {
        var refresh = refreshSeconds is { } seconds
            ? $"""<meta http-equiv="refresh" content="{seconds.ToString(CultureInfo.InvariantCulture)}">"""
            : string.Empty;
        var html = $"""
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            {refresh}
            <title>{Html.Encode(title)} · Opencharge sandbox shop</title>
            <link rel="stylesheet" href="{SiteStyles.Path}">
            </head>
            <body>
            <header><p>Opencharge sandbox shop — test payments only</p>
            <nav aria-label="Sandbox parties"><a href="/">Shop</a> <a href="{MerchantPage.Path}">Merchant</a> <a href="{MerchantGatewayPage.Path}">Merchant gateway</a> <a href="{BankPage.Path}">Bank</a></nav></header>
            <main id="main">
            {bodyHtml}
            </main>
            </body>
            </html>
            """;
        return new HtmlPageResult(html, status, _contentSecurityPolicy);
    }
}
