namespace PaymentGateway.Settlement.Ledger;

/// <summary>
/// A two-leg journal entry to post: <see cref="Amount"/> debited to <see cref="Debit"/> and credited to
/// <see cref="Credit"/>, once per <see cref="IdempotencyKey"/>.
/// </summary>
internal sealed record EntryDraft(
    string IdempotencyKey,
    string Kind,
    AccountRef Debit,
    AccountRef Credit,
    decimal Amount,
    string Currency,
    string Memo,
    DateTimeOffset PostedAt,
    string? Txid = null,
    string? SessionId = null,
    Guid? EventId = null);
