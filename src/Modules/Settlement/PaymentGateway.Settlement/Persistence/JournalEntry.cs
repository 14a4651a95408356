namespace PaymentGateway.Settlement.Persistence;

/// <summary>One balanced business event in the ledger; today only "customer paid a checkout session".</summary>
internal sealed class JournalEntry
{
    public long Id { get; set; }

    /// <summary>Unique: a checkout session is credited at most once, whatever the event delivery does.</summary>
    public string SessionId { get; set; } = "";

    public Guid EventId { get; set; }

    /// <summary>The proof issued for this entry.</summary>
    public string Txid { get; set; } = "";

    /// <summary>Positive; each posting is exactly plus or minus this amount.</summary>
    public decimal Amount { get; set; }

    public string Currency { get; set; } = "";

    public string Memo { get; set; } = "";

    public DateTimeOffset PostedAt { get; set; }
}
