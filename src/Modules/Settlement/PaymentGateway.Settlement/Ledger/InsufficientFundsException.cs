namespace PaymentGateway.Settlement.Ledger;

/// <summary>
/// The database refused a posting because the debited account may not go below zero
/// (<c>ck_accounts_debits_must_not_exceed_credits</c>). The transaction is aborted; roll it back.
/// </summary>
internal sealed class InsufficientFundsException(string accountCode, Exception inner)
    : Exception($"Account {accountCode} may not go below zero.", inner)
{
    public string AccountCode { get; } = accountCode;
}
