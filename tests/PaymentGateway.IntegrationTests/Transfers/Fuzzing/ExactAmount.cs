using System.Globalization;
using System.Numerics;

namespace PaymentGateway.IntegrationTests.Transfers.Fuzzing;

/// <summary>
/// Decimal strings as whole units of 10^-18, so sums of many amounts stay exact where a .NET decimal would overflow
/// (amounts have at most 18 decimals; the ledger's totals may have more digits than a decimal holds).
/// </summary>
internal static class ExactAmount
{
    private const int Scale = 18;

    public static BigInteger Units(string text)
    {
        var negative = text.StartsWith('-');
        var digits = negative ? text[1..] : text;
        var point = digits.IndexOf('.', StringComparison.Ordinal);
        var whole = point < 0 ? digits : digits[..point];
        var fraction = point < 0 ? "" : digits[(point + 1)..];
        if (fraction.Length > Scale)
            throw new ArgumentException($"more than {Scale} decimals: {text}", nameof(text));
        var units = BigInteger.Parse(whole + fraction.PadRight(Scale, '0'), NumberStyles.None, CultureInfo.InvariantCulture);
        return negative ? -units : units;
    }
}
