using PaymentGateway.Opencharge.Amounts;

namespace PaymentGateway.Settlement.Ledger;

/// <summary>
/// A completed checkout to record: debit customer clearing, credit the partner, same amount and currency
/// (<see cref="Features.CreditCheckout.CheckoutCreditStatement"/>). The amount's decimal is exact, scale included
/// ("1.50" is booked as 1.50), because OpenchargeAmount's grammar stays within decimal.
/// </summary>
internal sealed record CheckoutCredit(
    string SessionId,
    Guid EventId,
    string Txid,
    long PartnerOcid,
    OpenchargeAmount Amount,
    string Currency,
    string Memo,
    DateTimeOffset PostedAt)
{
    /// <summary>The journal entry's idempotency key: one credit per session, whatever the number of events.</summary>
    public string IdempotencyKey => "checkout:" + SessionId;
}
