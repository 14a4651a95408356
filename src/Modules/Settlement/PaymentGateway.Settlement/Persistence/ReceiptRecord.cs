namespace PaymentGateway.Settlement.Persistence;

/// <summary>
/// A proof another party issued to us and that we credited (/transfer/webhook). The primary key (issuer, txid) is
/// what makes each proof credit once.
/// </summary>
internal sealed class ReceiptRecord
{
    public long IssuerOcid { get; set; }

    /// <summary>The issuer's txid (unique in the issuer's namespace only).</summary>
    public string Txid { get; set; } = "";

    /// <summary>SHA-256 of the canonical proof: a repeat with other content under the same key is refused.</summary>
    public string ProofFingerprint { get; set; } = "";

    public string Amount { get; set; } = "";

    public string Currency { get; set; } = "";

    public string? ToReference { get; set; }

    /// <summary>The partner credited; null while the receipt sits in suspense.</summary>
    public long? CreditedOcid { get; set; }

    /// <summary>The receipt journal entry.</summary>
    public long EntryId { get; set; }

    /// <summary>The allocation entry that moved it out of suspense, once an operator did.</summary>
    public long? AllocationEntryId { get; set; }

    /// <summary>The operator who allocated it out of suspense (the audit of the admin action).</summary>
    public string? AllocatedBy { get; set; }

    public DateTimeOffset? AllocatedAt { get; set; }

    public DateTimeOffset ReceivedAt { get; set; }
}
