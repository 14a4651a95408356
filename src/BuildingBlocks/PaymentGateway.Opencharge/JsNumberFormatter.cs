using System.Globalization;
using System.Text;

namespace PaymentGateway.Opencharge;

/// <summary>
/// Formats a JSON number the way JavaScript would after <c>JSON.parse</c>: parse to a double, then ECMAScript
/// Number::toString (shortest round-trip digits; plain notation for 1e-6 ≤ |x| &lt; 1e21; <c>1e+21</c> / <c>1e-7</c>
/// style otherwise; <c>-0</c> → <c>0</c>). So <c>1.0</c> → <c>1</c> and big integers lose precision exactly as in JS.
/// </summary>
internal static class JsNumberFormatter
{
    /// <summary>An integer of at most this many digits is exactly a double, and JavaScript writes it back digit for digit.</summary>
    private const int ExactIntegerDigits = 15;

    public static string FormatLiteral(string jsonNumber)
    {
        // Ids, OCIDs, timestamps and quantities: the literal is already what JavaScript would write, without the
        // detour through a double and its digit string (a handful of strings per number, several numbers per order).
        if (IsPlainInteger(jsonNumber))
        {
            return jsonNumber == "-0" ? "0" : jsonNumber;
        }

        // JSON's number grammar is a subset of NumberStyles.Float; .NET Core 3.0+ parses with correct IEEE rounding
        // (overflow becomes ±Infinity, as in JS).
        var value = double.Parse(jsonNumber, NumberStyles.Float, CultureInfo.InvariantCulture);
        return Format(value);
    }

    /// <summary>An optional minus, then 1 to <see cref="ExactIntegerDigits"/> digits without a leading zero (or "0" itself).</summary>
    private static bool IsPlainInteger(string text)
    {
        var digits = text.AsSpan(text.StartsWith('-') ? 1 : 0);
        return digits.Length is > 0 and <= ExactIntegerDigits
               && (digits[0] != '0' || digits.Length == 1)
               && !digits.ContainsAnyExceptInRange('0', '9');
    }

    public static string Format(double value)
    {
        // JSON.stringify writes NaN and ±Infinity as null.
        if (!double.IsFinite(value))
        {
            return "null";
        }

        if (value == 0)
        {
            return "0";
        }

        // "R" yields the shortest digit string that round-trips, which is what Number::toString picks as well.
        var roundTrip = value.ToString("R", CultureInfo.InvariantCulture);
        var negative = roundTrip[0] == '-';
        var text = negative ? roundTrip.AsSpan(1) : roundTrip.AsSpan();

        var exponent = 0;
        var e = text.IndexOfAny('E', 'e');
        if (e >= 0)
        {
            exponent = int.Parse(text[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            text = text[..e];
        }

        var dot = text.IndexOf('.');
        var integerPart = dot >= 0 ? text[..dot] : text;
        var fractionPart = dot >= 0 ? text[(dot + 1)..] : [];

        // ECMAScript's s, k, n: value = digits × 10^(n − k), digits without leading or trailing zeros.
        var digits = string.Concat(integerPart, fractionPart);
        var n = integerPart.Length + exponent;
        var leadingZeros = 0;
        while (leadingZeros < digits.Length - 1 && digits[leadingZeros] == '0')
        {
            leadingZeros++;
        }

        digits = digits[leadingZeros..].TrimEnd('0');
        n -= leadingZeros;
        var k = digits.Length;

        var sb = new StringBuilder(k + 8);
        if (negative)
        {
            sb.Append('-');
        }

        if (k <= n && n <= 21)
        {
            sb.Append(digits).Append('0', n - k);
        }
        else if (0 < n && n <= 21)
        {
            sb.Append(digits, 0, n).Append('.').Append(digits, n, k - n);
        }
        else if (-6 < n && n <= 0)
        {
            sb.Append("0.").Append('0', -n).Append(digits);
        }
        else
        {
            var exp = n - 1;
            sb.Append(digits[0]);
            if (k > 1)
            {
                sb.Append('.').Append(digits, 1, k - 1);
            }

            sb.Append('e').Append(exp >= 0 ? '+' : '-').Append(Math.Abs(exp).ToString(CultureInfo.InvariantCulture));
        }

        return sb.ToString();
    }
}
