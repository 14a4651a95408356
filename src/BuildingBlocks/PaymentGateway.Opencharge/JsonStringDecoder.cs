using System.Globalization;
using System.Text;
using System.Text.Json;

namespace PaymentGateway.Opencharge;

/// <summary>
/// Reads string values and property names from a <see cref="JsonElement"/>, including ones with lone surrogate
/// escapes (<c>"\ud800"</c>). JavaScript's JSON.parse accepts those and JSON.stringify re-emits them, so a JS signer
/// can sign such a value; System.Text.Json refuses to materialise it, hence this fallback over the raw text.
/// </summary>
internal static class JsonStringDecoder
{
    public static string GetString(JsonElement element)
    {
        try
        {
            return element.GetString()!;
        }
        catch (InvalidOperationException)
        {
            return DecodeLeadingLiteral(element.GetRawText());
        }
    }

    public static string GetName(JsonProperty property)
    {
        try
        {
            return property.Name;
        }
        catch (InvalidOperationException)
        {
            // JsonProperty.ToString() is the raw `"name": value` text; its leading literal is the escaped name.
            return DecodeLeadingLiteral(property.ToString());
        }
    }

    /// <summary>Decodes the JSON string literal that starts <paramref name="raw"/> (already validated by the reader).</summary>
    private static string DecodeLeadingLiteral(string raw)
    {
        var sb = new StringBuilder(raw.Length);
        for (var i = 1; i < raw.Length; i++)
        {
            var c = raw[i];
            if (c == '"')
            {
                return sb.ToString();
            }

            if (c != '\\')
            {
                sb.Append(c);
                continue;
            }

            var escaped = raw[++i];
            switch (escaped)
            {
                case 'b': sb.Append('\b'); break;
                case 'f': sb.Append('\f'); break;
                case 'n': sb.Append('\n'); break;
                case 'r': sb.Append('\r'); break;
                case 't': sb.Append('\t'); break;
                case 'u':
                    sb.Append((char)int.Parse(raw.AsSpan(i + 1, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture));
                    i += 4;
                    break;
                default: sb.Append(escaped); break; // \" \\ \/
            }
        }

        throw new FormatException("Unterminated JSON string literal.");
    }
}
