using System.Globalization;
using System.Text.RegularExpressions;

namespace PaymentGateway.Checkout.Payments;

/// <summary>
/// Checks what a customer typed before any processor sees it: a Luhn-valid number, an expiry month that has not
/// passed (a card is valid through the last day of its expiry month), a 3-4 digit CVC and a name.
/// </summary>
internal static partial class CardValidator
{
    private const int MaxNameLength = 100;

    public static CardValidationResult Validate(CardFormInput input, DateTimeOffset now)
    {
        var errors = new Dictionary<string, string>();
        var number = NormalizeNumber(input.Number);
        if (number.Length == 0)
            errors[CardFields.Number] = "Enter your card number.";
        else if (!NumberPattern().IsMatch(number) || !Luhn.IsValid(number))
            errors[CardFields.Number] = "Your card number is invalid.";

        var expiry = ParseExpiry(input.Expiry);
        if (expiry is null)
            errors[CardFields.Expiry] = "Enter the expiry date as MM/YY.";
        else if ((expiry.Value.Year, expiry.Value.Month).CompareTo((now.UtcDateTime.Year, now.UtcDateTime.Month)) < 0)
            errors[CardFields.Expiry] = "Your card has expired.";

        var cvc = input.Cvc.Trim();
        if (!CvcPattern().IsMatch(cvc))
            errors[CardFields.Cvc] = "Enter the 3 or 4 digit security code.";

        var name = input.NameOnCard.Trim();
        if (name.Length == 0)
            errors[CardFields.Name] = "Enter the name on the card.";
        else if (name.Length > MaxNameLength)
            errors[CardFields.Name] = $"The name can be at most {MaxNameLength} characters.";

        return errors.Count > 0
            ? new CardValidationResult(null, errors)
            : new CardValidationResult(new CardDetails(number, expiry!.Value.Month, expiry.Value.Year, cvc, name), errors);
    }

    /// <summary>Customers type spaces and dashes between digit groups; nothing else is tolerated.</summary>
    private static string NormalizeNumber(string raw) =>
        string.Concat(raw.Where(c => c is not (' ' or '-')));

    /// <summary>MM/YY or MM/YYYY, spaces around the slash allowed.</summary>
    internal static (int Month, int Year)? ParseExpiry(string raw)
    {
        var match = ExpiryPattern().Match(raw.Trim());
        if (!match.Success)
            return null;
        var month = int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture);
        var year = int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture);
        if (month is < 1 or > 12)
            return null;
        return (month, year < 100 ? 2000 + year : year);
    }

    [GeneratedRegex("^[0-9]{12,19}$")]
    private static partial Regex NumberPattern();

    [GeneratedRegex("^[0-9]{3,4}$")]
    private static partial Regex CvcPattern();

    [GeneratedRegex("^(?<m>[0-9]{1,2})\\s*/\\s*(?<y>[0-9]{2}|[0-9]{4})$")]
    private static partial Regex ExpiryPattern();
}
