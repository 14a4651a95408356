namespace PaymentGateway.Settlement.Persistence;

internal static class JournalEntryKinds
{
    /// <summary>A paid checkout: debit customer clearing, credit the caller of /checkout/create.</summary>
    public const string Checkout = "checkout";

    /// <summary>A /transfer/create: debit the caller, credit the recipient.</summary>
    public const string Transfer = "transfer";

    /// <summary>A proof received on /transfer/webhook: debit the issuer's settlement account, credit a partner or suspense.</summary>
    public const string Receipt = "receipt";

    /// <summary>An operator moves an unallocated receipt from suspense to a partner.</summary>
    public const string Allocation = "allocation";
}
