using System.Text;

namespace PaymentGateway.Opencharge;

/// <summary>
/// Quotes a string exactly like ECMAScript <c>JSON.stringify</c> (QuoteJSONString). System.Text.Json's encoders escape
/// far more (non-ASCII, <c>&lt;&gt;&amp;'+</c>, U+2028/9) and would change the signed bytes (docs/protocol.md, Canonical JSON).
/// </summary>
internal static class JsStringEscaper
{
    public static void AppendQuoted(StringBuilder sb, string value)
    {
        sb.Append('"');
        var runStart = 0;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            string? escape = c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\b' => "\\b",
                '\f' => "\\f",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ => null,
            };

            if (escape is null && c >= ' ' && !char.IsSurrogate(c))
            {
                continue;
            }

            if (escape is null && char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                // A well-formed pair is copied verbatim (ES2019 "well-formed JSON.stringify").
                i++;
                continue;
            }

            sb.Append(value, runStart, i - runStart);
            if (escape is not null)
            {
                sb.Append(escape);
            }
            else
            {
                // Remaining control characters and lone surrogates: \uXXXX with lowercase hex, as JS emits.
                sb.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
            }

            runStart = i + 1;
        }

        sb.Append(value, runStart, value.Length - runStart);
        sb.Append('"');
    }
}
