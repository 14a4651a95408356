using System.Globalization;

namespace PaymentGateway.Settlement.Ledger;

/// <summary>Natural keys of ledger accounts, (kind, owner, currency); the unique index on them makes account creation idempotent.</summary>
internal static class AccountCodes
{
    public static string Partner(long ocid, string currency) =>
        string.Create(CultureInfo.InvariantCulture, $"partner:{ocid}:{currency}");

    public static string CustomerClearing(string currency) => $"customer_clearing:{currency}";

    public static string Settlement(long issuerOcid, string currency) =>
        string.Create(CultureInfo.InvariantCulture, $"settlement:{issuerOcid}:{currency}");

    public static string Suspense(string currency) => $"suspense:{currency}";
}
