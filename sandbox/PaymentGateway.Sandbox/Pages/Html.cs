using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace PaymentGateway.Sandbox.Pages;

/// <summary>
/// HTML encoding for every value put on a page. All of Unicode is allowed through so "Café" stays readable; the
/// markup characters &amp; &lt; &gt; " ' are always encoded.
/// </summary>
internal static class Html
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string Encode(string? value) => value is null ? string.Empty : Encoder.Encode(value);
}
