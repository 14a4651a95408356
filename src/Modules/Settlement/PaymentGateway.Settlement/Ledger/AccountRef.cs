using PaymentGateway.Settlement.Persistence;

namespace PaymentGateway.Settlement.Ledger;

/// <summary>An account by its natural key (kind, owner); the currency is the entry's.</summary>
internal sealed record AccountRef(string Kind, long? Ocid)
{
    public static AccountRef Partner(long ocid) => new(AccountKinds.Partner, ocid);

    public static AccountRef CustomerClearing { get; } = new(AccountKinds.CustomerClearing, null);

    public static AccountRef Settlement(long issuerOcid) => new(AccountKinds.Settlement, issuerOcid);

    public static AccountRef Suspense { get; } = new(AccountKinds.Suspense, null);

    public string Code(string currency) => Kind switch
    {
        AccountKinds.Partner => AccountCodes.Partner(Ocid!.Value, currency),
        AccountKinds.CustomerClearing => AccountCodes.CustomerClearing(currency),
        AccountKinds.Settlement => AccountCodes.Settlement(Ocid!.Value, currency),
        AccountKinds.Suspense => AccountCodes.Suspense(currency),
        _ => throw new InvalidOperationException("Unknown account kind " + Kind),
    };
}
