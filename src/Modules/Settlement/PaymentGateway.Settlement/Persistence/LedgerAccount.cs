namespace PaymentGateway.Settlement.Persistence;

/// <summary>
/// A ledger account, one per (kind, owner, currency). <see cref="Code"/> is that natural key
/// (<c>partner:300:USD</c>, <c>customer_clearing:USD</c>) so that accounts are created on first use with
/// <c>INSERT ... ON CONFLICT (code) DO NOTHING</c>. The posted totals are maintained by a database trigger on every
/// posting, never by application code.
/// </summary>
internal sealed class LedgerAccount
{
    public long Id { get; set; }

    public string Code { get; set; } = "";

    public string Kind { get; set; } = "";

    /// <summary>The owner's OCID; null for clearing and suspense accounts.</summary>
    public long? Ocid { get; set; }

    public string Currency { get; set; } = "";

    /// <summary>Sum of the debits posted (positive postings).</summary>
    public decimal DebitsPosted { get; set; }

    /// <summary>Sum of the credits posted (negative postings, as a positive number).</summary>
    public decimal CreditsPosted { get; set; }

    /// <summary>When set, a CHECK refuses any posting that makes debits exceed credits: the account cannot go negative.</summary>
    public bool DebitsMustNotExceedCredits { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
