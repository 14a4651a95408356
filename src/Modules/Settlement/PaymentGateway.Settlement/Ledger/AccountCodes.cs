using System.Globalization;

namespace PaymentGateway.Settlement.Ledger;

/// <summary>Natural keys of ledger accounts; the unique index on them is what makes account creation idempotent.</summary>
internal static class AccountCodes
{
    public static string Counterparty(long ocid, string currency) =>
        string.Create(CultureInfo.InvariantCulture, $"counterparty:{ocid}:{currency}");

    public static string CustomerClearing(string currency) => $"customer_clearing:{currency}";
}
