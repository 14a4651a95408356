namespace PaymentGateway.Checkout.Features.HostedPage.Rendering;

/// <summary>The pages of a session that can no longer be paid, and of one that does not exist.</summary>
internal static class StatePageRenderer
{
    public static string Completed(string pathBase, MerchantView merchant, string amount, string currency, string? successUrl) =>
        Page(pathBase, merchant, "Payment received",
            $"Your payment of {Html.Encode(amount)} {Html.Encode(currency)} to {Html.Encode(merchant.Name)} was received.",
            successUrl, "Continue to the merchant");

    /// <summary>
    /// One payment attempt holds the session and its outcome is not known yet: no second payment is taken, and the
    /// page reloads itself until the outcome shows (a plain meta refresh: no script needed, none allowed inline).
    /// </summary>
    public static string InProgress(string pathBase, MerchantView merchant, string amount, string currency) =>
        PageLayout.Render(pathBase, "Payment in progress", $"""
            {MerchantHeaderRenderer.Render(merchant)}
            <h1>Payment in progress</h1>
            <p>Your payment of {Html.Encode(amount)} {Html.Encode(currency)} to {Html.Encode(merchant.Name)} is being processed.
            Please do not pay again: this page updates by itself.</p>
            """, refreshSeconds: InProgressRefreshSeconds);

    public const int InProgressRefreshSeconds = 3;

    public static string Expired(string pathBase, MerchantView merchant, string? cancelUrl) =>
        Page(pathBase, merchant, "This checkout has expired", "No payment was taken.", cancelUrl, "Return to the merchant");

    public static string Cancelled(string pathBase, MerchantView merchant, string? cancelUrl) =>
        Page(pathBase, merchant, "Payment cancelled", "No payment was taken.", cancelUrl, "Return to the merchant");

    public static string NotFound(string pathBase) =>
        PageLayout.Render(pathBase, "Checkout not found", """
            <h1>Checkout not found</h1>
            <p>This payment link is not valid. Please return to the merchant and start again.</p>
            """);

    /// <summary>We could not reach our database: nothing was completed, the customer may retry in a moment.</summary>
    public static string Unavailable(string pathBase) =>
        PageLayout.Render(pathBase, "Temporarily unavailable", """
            <h1>Temporarily unavailable</h1>
            <p>We could not process this page just now. Nothing has been charged; please try again in a moment.</p>
            """);

    /// <summary>An unexpected error: logged on our side, no internals shown.</summary>
    public static string Failed(string pathBase) =>
        PageLayout.Render(pathBase, "Something went wrong", """
            <h1>Something went wrong</h1>
            <p>We could not process this page. Nothing has been charged; please try again, or return to the merchant.</p>
            """);

    /// <summary>A post without a valid antiforgery token: nothing was done, the customer reloads and retries.</summary>
    public static string FormRejected(string pathBase, string sessionId)
    {
        var page = Html.Encode(pathBase + HostedPagePaths.PagePrefix + "/") + Html.PathSegment(sessionId);
        return PageLayout.Render(pathBase, "Please try again", $"""
            <h1>Please try again</h1>
            <p>Your form could not be verified, so nothing was charged.</p>
            <p><a class="button" href="{page}">Back to the payment page</a></p>
            """);
    }

    private static string Page(string pathBase, MerchantView merchant, string heading, string textHtml, string? url, string linkText)
    {
        var link = SafeUrl.ForAttribute(url) is { } href
            ? $"""<p><a class="button" href="{href}">{Html.Encode(linkText)}</a></p>"""
            : "";
        return PageLayout.Render(pathBase, heading, $"""
            {MerchantHeaderRenderer.Render(merchant)}
            <h1>{Html.Encode(heading)}</h1>
            <p>{textHtml}</p>
            {link}
            """);
    }
}
