namespace PaymentGateway.Settlement.Persistence;

/// <summary>
/// The kinds of ledger account. Credit-normal kinds hold what we owe someone and carry the
/// <c>debits_must_not_exceed_credits</c> flag, so the database refuses any posting that would take them below zero.
/// </summary>
internal static class AccountKinds
{
    /// <summary>What we owe one partner (an MG, a merchant, a settlement provider) in one currency. Credit-normal, never negative.</summary>
    public const string Partner = "partner";

    /// <summary>Customer funds collected in one currency, not yet paid out. Debit-normal.</summary>
    public const string CustomerClearing = "customer_clearing";

    /// <summary>What an issuer of proofs we received holds for us (our money at that bank). Debit-normal.</summary>
    public const string Settlement = "settlement";

    /// <summary>Receipts we could not attribute to a partner, waiting for an operator to allocate them. Credit-normal, never negative.</summary>
    public const string Suspense = "suspense";

    /// <summary>Whether the kind may never show more debits than credits (TigerBeetle's debits_must_not_exceed_credits).</summary>
    public static bool DebitsMustNotExceedCredits(string kind) => kind is Partner or Suspense;
}
