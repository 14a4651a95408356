namespace PaymentGateway.Checkout.Features.HostedPage.Rendering;

/// <summary>The document shell. No inline script or style anywhere: the CSP allows only our own files.</summary>
internal static class PageLayout
{
    /// <param name="refreshSeconds">When set, the browser reloads the page after that many seconds.</param>
    public static string Render(string pathBase, string title, string body, bool withCountdown = false, int? refreshSeconds = null)
    {
        var assets = Html.Encode(pathBase + HostedPagePaths.PagePrefix + "/assets/");
        var script = withCountdown ? $"""<script src="{assets}countdown.js" defer></script>""" : "";
        var refresh = refreshSeconds is { } seconds ? $"""<meta http-equiv="refresh" content="{seconds}">""" : "";
        return $"""
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="referrer" content="no-referrer">
            {refresh}
            <title>{Html.Encode(title)}</title>
            <link rel="stylesheet" href="{assets}checkout.css">
            {script}
            </head>
            <body>
            <main class="checkout">
            {body}
            </main>
            </body>
            </html>
            """;
    }
}
