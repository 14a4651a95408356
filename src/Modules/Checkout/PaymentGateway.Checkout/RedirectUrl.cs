namespace PaymentGateway.Checkout;

/// <summary>
/// Where the customer is sent after paying or cancelling, in the one form that goes into a <c>Location</c> header
/// unchanged: absolute https (http only in insecure mode), no user info, no control characters, the host in its
/// ASCII (punycode) form and everything else percent-encoded. Parsed when the checkout is created, so that the
/// redirect after a charge cannot fail on it.
/// </summary>
internal sealed class RedirectUrl
{
    public const int MaxLength = 2048;

    private RedirectUrl(string value) => Value = value;

    /// <summary>The normalised URL: ASCII only, at most <see cref="MaxLength"/> characters.</summary>
    public string Value { get; }

    /// <summary>The normalised URL, or null when <paramref name="text"/> cannot be one.</summary>
    public static RedirectUrl? Parse(string? text, bool allowHttp)
    {
        if (string.IsNullOrEmpty(text) || text.Length > MaxLength || !IsPlainText(text))
            return null;
        // Uri would quietly trim surrounding blanks and read a leading "/" as a file path: ask for exactly a URL.
        if (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]))
            return null;
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || !(uri.Scheme == Uri.UriSchemeHttps || (allowHttp && uri.Scheme == Uri.UriSchemeHttp)))
            return null;
        if (uri.UserInfo.Length > 0 || uri.HostNameType is UriHostNameType.Unknown || string.IsNullOrEmpty(uri.IdnHost))
            return null;

        var host = uri.HostNameType == UriHostNameType.IPv6 ? "[" + uri.IdnHost.Trim('[', ']') + "]" : uri.IdnHost;
        var port = uri.IsDefaultPort ? "" : ":" + uri.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var rest = uri.GetComponents(UriComponents.PathAndQuery | UriComponents.Fragment, UriFormat.UriEscaped);
        var value = $"{uri.Scheme}://{host.ToLowerInvariant()}{port}{rest}";
        return value.Length <= MaxLength && IsHeaderSafe(value) ? new RedirectUrl(value) : null;
    }

    public override string ToString() => Value;

    /// <summary>No control characters (C0, DEL, C1) and no lone UTF-16 surrogates.</summary>
    private static bool IsPlainText(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsControl(c))
                return false;
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                i++;
            else if (char.IsSurrogate(c))
                return false;
        }
        return true;
    }

    /// <summary>Visible ASCII only: what a header value may carry without being refused or re-encoded.</summary>
    private static bool IsHeaderSafe(string value)
    {
        foreach (var c in value)
            if (c is <= ' ' or >= '\u007f')
                return false;
        return true;
    }
}
