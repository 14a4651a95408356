using PaymentGateway.Opencharge.Amounts;

namespace PaymentGateway.Settlement.Features.OperatorLedger;

/// <summary>
/// A ledger total as PostgreSQL rendered it, shown in its currency's minor units: an account side nothing was posted
/// to holds the column default and read "0.0" (in JPY too), so figures are padded or stripped of trailing zeros to
/// the ISO 4217 digits (USD "0.00", JPY "0", BHD "0.000"). Only zeros are ever added or removed: a digit that is not
/// zero beyond the minor units stays, and a code without ISO minor units keeps its digits (a zero reads "0").
/// </summary>
internal static class LedgerFigure
{
    public static string InMinorUnits(string figure, string currency)
    {
        var point = figure.IndexOf('.', StringComparison.Ordinal);
        var whole = point < 0 ? figure : figure[..point];
        var fraction = point < 0 ? "" : figure[(point + 1)..];
        if (!CurrencyMinorUnits.TryGetIso(currency, out var digits))
            return whole.TrimStart('-') == "0" && fraction.TrimEnd('0').Length == 0 ? "0" : figure;
        if (fraction.Length < digits)
            fraction = fraction.PadRight(digits, '0');
        else if (fraction.Length > digits && fraction[digits..].TrimEnd('0').Length == 0)
            fraction = fraction[..digits];
        return fraction.Length == 0 ? whole : whole + "." + fraction;
    }
}
