using PaymentGateway.Opencharge.Amounts;

namespace PaymentGateway.Settlement.Ledger;

/// <summary>A completed checkout to record: debit customer clearing, credit the partner, same amount and currency.</summary>
internal sealed record CheckoutCredit(
    string SessionId,
    Guid EventId,
    string Txid,
    long PartnerOcid,
    OpenchargeAmount Amount,
    string Currency,
    string Memo,
    DateTimeOffset PostedAt);
