namespace PaymentGateway.Settlement.Persistence;

internal static class AccountKinds
{
    /// <summary>What we owe one counterparty (an MG, or a merchant settled directly) in one currency. Credit-normal.</summary>
    public const string Counterparty = "counterparty";

    /// <summary>Customer funds collected in one currency, not yet paid out. Debit-normal.</summary>
    public const string CustomerClearing = "customer_clearing";
}
