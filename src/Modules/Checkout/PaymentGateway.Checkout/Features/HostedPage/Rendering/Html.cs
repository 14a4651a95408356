using System.Text.Encodings.Web;

namespace PaymentGateway.Checkout.Features.HostedPage.Rendering;

/// <summary>
/// The one encoder every renderer uses. Everything that comes from an order or a partner is untrusted;
/// <see cref="HtmlEncoder.Default"/> also encodes both quote characters, so the same call is safe in text and in
/// quoted attribute values.
/// </summary>
internal static class Html
{
    public static string Encode(string? text) => HtmlEncoder.Default.Encode(text ?? "");

    /// <summary>A path segment of ours (a session id) inside an attribute: URL-escaped, then HTML-encoded.</summary>
    public static string PathSegment(string segment) => Encode(Uri.EscapeDataString(segment));
}
