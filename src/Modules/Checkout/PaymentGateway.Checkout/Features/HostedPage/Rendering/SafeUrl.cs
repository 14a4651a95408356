namespace PaymentGateway.Checkout.Features.HostedPage.Rendering;

/// <summary>
/// Only absolute http and https URLs ever reach an <c>href</c> or <c>src</c>: anything else (<c>javascript:</c>,
/// <c>data:</c>, relative or malformed) is dropped rather than repaired.
/// </summary>
internal static class SafeUrl
{
    public static Uri? Parse(string? candidate)
    {
        if (string.IsNullOrWhiteSpace(candidate) || candidate.Length > 2048)
            return null;
        if (!Uri.TryCreate(candidate.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            return null;
        return string.IsNullOrEmpty(uri.Host) ? null : uri;
    }

    /// <summary>The URL ready for a quoted attribute, or null when it is not a safe http(s) URL.</summary>
    public static string? ForAttribute(string? candidate) =>
        Parse(candidate) is { } uri ? Html.Encode(uri.AbsoluteUri) : null;

    /// <summary>The origin as a CSP source expression (scheme, host and non-default port).</summary>
    public static string? Origin(string? candidate) =>
        Parse(candidate) is { } uri ? $"{uri.Scheme}://{uri.IdnHost}{(uri.IsDefaultPort ? "" : ":" + uri.Port)}" : null;
}
