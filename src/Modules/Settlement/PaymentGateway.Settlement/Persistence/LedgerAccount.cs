namespace PaymentGateway.Settlement.Persistence;

/// <summary>
/// A ledger account. <see cref="Code"/> is the natural key (<c>counterparty:300:USD</c>, <c>customer_clearing:USD</c>)
/// so that accounts can be created on first use with <c>INSERT ... ON CONFLICT (code) DO NOTHING</c>.
/// </summary>
internal sealed class LedgerAccount
{
    public long Id { get; set; }

    public string Code { get; set; } = "";

    public string Kind { get; set; } = "";

    /// <summary>The counterparty's OCID; null for clearing accounts.</summary>
    public long? Ocid { get; set; }

    public string Currency { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }
}
