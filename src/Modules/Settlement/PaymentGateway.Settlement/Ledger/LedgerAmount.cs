using System.Globalization;

namespace PaymentGateway.Settlement.Ledger;

/// <summary>
/// The order's amount string as a ledger number. Only plain decimals ("99.99", "10000") are accepted: no sign,
/// exponent, thousands separator or culture-specific form, so the number is exactly what the string says.
/// </summary>
internal static class LedgerAmount
{
    public static bool TryParse(string text, out decimal amount) =>
        decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out amount) && amount > 0;
}
