using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json.Serialization;

namespace PaymentGateway.Opencharge.Amounts;

/// <summary>
/// An order amount as the protocol carries it (a decimal string), parsed once at the edge. The grammar is
/// <c>^(0|[1-9][0-9]*)(\.[0-9]{1,18})?$</c>, greater than zero, at most <see cref="MaxDigits"/> digits in all. Within
/// those limits every value is exactly a <see cref="decimal"/> (its 96-bit mantissa holds any 28-digit integer) and
/// exactly a PostgreSQL <c>numeric</c>, so the ledger books the very number the proof states: nothing is rounded.
/// <see cref="Text"/> is the string as received; it is what the proof, the page and the event carry, byte for byte.
/// </summary>
[JsonConverter(typeof(OpenchargeAmountJsonConverter))]
public sealed record OpenchargeAmount
{
    /// <summary>Digits in all (integer and fraction part): 10^28 - 1 is below decimal's 2^96 - 1.</summary>
    public const int MaxDigits = 28;

    /// <summary>The most fraction digits of any asset (ERC-20 tokens use 18); ISO currencies allow fewer (see <see cref="Money"/>).</summary>
    public const int MaxFractionDigits = 18;

    private OpenchargeAmount(string text, decimal value, int fractionDigits)
    {
        Text = text;
        Value = value;
        FractionDigits = fractionDigits;
    }

    /// <summary>The amount string exactly as received.</summary>
    public string Text { get; }

    /// <summary>The same number, exactly, with the scale of <see cref="Text"/> ("1.50" is 1.50m).</summary>
    public decimal Value { get; }

    /// <summary>Digits after the point as written ("1.50" has 2).</summary>
    public int FractionDigits { get; }

    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out OpenchargeAmount? amount) =>
        TryParse(text, out amount, out _);

    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out OpenchargeAmount? amount, out AmountProblem problem)
    {
        amount = null;
        var digits = 0;
        var fractionDigits = 0;
        problem = text is null || !IsPlainDecimal(text, out digits, out fractionDigits) ? AmountProblem.NotADecimal
            : digits > MaxDigits ? AmountProblem.TooManyDigits
            : fractionDigits > MaxFractionDigits ? AmountProblem.TooManyFractionDigits
            : AmountProblem.None;
        if (problem != AmountProblem.None)
            return false;
        // Exact: at most 28 digits, so decimal.Parse neither rounds nor overflows.
        var value = decimal.Parse(text!, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        if (value <= 0)
        {
            problem = AmountProblem.NotPositive;
            return false;
        }
        amount = new OpenchargeAmount(text!, value, fractionDigits);
        return true;
    }

    /// <exception cref="FormatException">The text is not an amount of this grammar.</exception>
    public static OpenchargeAmount Parse(string text) =>
        TryParse(text, out var amount) ? amount : throw new FormatException($"'{text}' is not an Opencharge amount.");

    public override string ToString() => Text;

    /// <summary>
    /// <c>(0|[1-9][0-9]*)(\.[0-9]+)?</c> by hand: no sign, exponent, separator, whitespace or non-ASCII digit, so that the
    /// number is exactly what the string says in every culture.
    /// </summary>
    private static bool IsPlainDecimal(string text, out int digits, out int fractionDigits)
    {
        digits = 0;
        fractionDigits = 0;
        var point = text.IndexOf('.', StringComparison.Ordinal);
        var integer = point < 0 ? text.AsSpan() : text.AsSpan(0, point);
        var fraction = point < 0 ? [] : text.AsSpan(point + 1);
        if (integer.Length == 0 || (integer.Length > 1 && integer[0] == '0') || (point >= 0 && fraction.Length == 0))
            return false;
        if (integer.ContainsAnyExceptInRange('0', '9') || fraction.ContainsAnyExceptInRange('0', '9'))
            return false;
        digits = integer.Length + fraction.Length;
        fractionDigits = fraction.Length;
        return true;
    }
}
