namespace PaymentGateway.Settlement.Persistence;

/// <summary>
/// One balanced business event in the ledger (a checkout credit, a transfer, a receipt, an allocation). Immutable:
/// triggers refuse UPDATE and DELETE; a correction is a new entry.
/// </summary>
internal sealed class JournalEntry
{
    public long Id { get; set; }

    /// <summary>Unique: the same business event is booked at most once, whatever retries and races do.</summary>
    public string IdempotencyKey { get; set; } = "";

    /// <summary>checkout, transfer, receipt or allocation (<see cref="JournalEntryKinds"/>).</summary>
    public string Kind { get; set; } = "";

    /// <summary>The checkout session credited (checkout entries only; unique).</summary>
    public string? SessionId { get; set; }

    public Guid? EventId { get; set; }

    /// <summary>The proof this entry issued (checkout and transfer entries) or received (receipts: the issuer's txid is on the receipt).</summary>
    public string? Txid { get; set; }

    /// <summary>Positive; each posting is exactly plus or minus this amount.</summary>
    public decimal Amount { get; set; }

    public string Currency { get; set; } = "";

    public string Memo { get; set; } = "";

    public DateTimeOffset PostedAt { get; set; }
}
