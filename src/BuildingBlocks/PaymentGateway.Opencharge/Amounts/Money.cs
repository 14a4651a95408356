using System.Buffers;

namespace PaymentGateway.Opencharge.Amounts;

/// <summary>
/// An order's amount and currency, checked together: the currency is 3 to 10 uppercase letters or digits, and the
/// amount has no more fraction digits than the currency has minor units (ISO 4217; 18 for codes it does not list).
/// What passes here is charged, booked and proven exactly as written.
/// </summary>
public sealed record Money
{
    private static readonly SearchValues<char> CurrencyCharacters = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789");

    private Money(OpenchargeAmount amount, string currency)
    {
        Amount = amount;
        Currency = currency;
    }

    public OpenchargeAmount Amount { get; }

    /// <summary>The currency code exactly as received.</summary>
    public string Currency { get; }

    /// <summary>
    /// Checks both fields and explains each one that is wrong (for the error envelope's details). A null field is the
    /// caller's to report as missing; the other one is still checked, so that one answer names every bad field.
    /// </summary>
    public static MoneyParseResult Parse(string? amount, string? currency)
    {
        var currencyError = currency is null || IsCurrencyCode(currency) ? null : "must be 3 to 10 uppercase letters or digits";
        var maxFraction = currency is not null && currencyError is null ? CurrencyMinorUnits.MaxFractionDigits(currency) : OpenchargeAmount.MaxFractionDigits;
        OpenchargeAmount.TryParse(amount, out var parsed, out var problem);
        var amountError = amount is null ? null : problem switch
        {
            AmountProblem.NotADecimal => "must be a positive decimal string such as \"99.99\": digits with an optional point, no sign, exponent, spaces or separators",
            AmountProblem.NotPositive => "must be greater than zero",
            AmountProblem.TooManyDigits => $"must have at most {OpenchargeAmount.MaxDigits} digits",
            _ when problem == AmountProblem.TooManyFractionDigits || parsed!.FractionDigits > maxFraction =>
                currency is not null && CurrencyMinorUnits.TryGetIso(currency, out _)
                    ? $"must have at most {maxFraction} digits after the point: {currency} has {maxFraction} minor units (ISO 4217)"
                    : $"must have at most {maxFraction} digits after the point",
            _ => null,
        };

        return parsed is not null && currency is not null && amountError is null && currencyError is null
            ? new MoneyParseResult(new Money(parsed, currency), null, null)
            : new MoneyParseResult(null, amountError, currencyError);
    }

    private static bool IsCurrencyCode(string currency) =>
        currency.Length is >= 3 and <= 10 && !currency.AsSpan().ContainsAnyExcept(CurrencyCharacters);
}
