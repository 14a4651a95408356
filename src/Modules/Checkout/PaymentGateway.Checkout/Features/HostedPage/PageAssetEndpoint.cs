using FastEndpoints;
using Microsoft.AspNetCore.Http;

namespace PaymentGateway.Checkout.Features.HostedPage;

/// <summary>
/// GET /pay/assets/{file}: the page's stylesheet and countdown script, embedded in this assembly. Same-origin files
/// keep the CSP strict (no inline style or script).
/// </summary>
internal sealed class PageAssetEndpoint : Endpoint<PageAssetRequest>
{
    private static readonly Dictionary<string, (string Resource, string ContentType)> Assets = new(StringComparer.Ordinal)
    {
        ["checkout.css"] = ("PaymentGateway.Checkout.HostedPage.checkout.css", "text/css; charset=utf-8"),
        ["countdown.js"] = ("PaymentGateway.Checkout.HostedPage.countdown.js", "text/javascript; charset=utf-8"),
    };

    public override void Configure()
    {
        Get("assets/{file}");
        Group<HostedPageGroup>();
    }

    public override async Task HandleAsync(PageAssetRequest request, CancellationToken ct)
    {
        if (!Assets.TryGetValue(request.File, out var asset))
        {
            SecurityHeaders.Apply(HttpContext.Response, []);
            await Send.StatusCodeAsync(StatusCodes.Status404NotFound, ct);
            return;
        }
        await using var stream = typeof(PageAssetEndpoint).Assembly.GetManifestResourceStream(asset.Resource)
            ?? throw new InvalidOperationException($"Embedded asset {asset.Resource} is missing from the build.");
        SecurityHeaders.Apply(HttpContext.Response, [], cacheable: true);
        await Send.StreamAsync(stream, contentType: asset.ContentType, cancellation: ct);
    }
}
