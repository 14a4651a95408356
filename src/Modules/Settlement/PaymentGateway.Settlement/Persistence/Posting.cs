namespace PaymentGateway.Settlement.Persistence;

/// <summary>One leg of a journal entry. Debits are positive, credits negative; the legs of an entry sum to zero.</summary>
internal sealed class Posting
{
    public long Id { get; set; }

    public long EntryId { get; set; }

    /// <summary>Copy of the entry's amount, tied to it by the composite foreign key.</summary>
    public decimal EntryAmount { get; set; }

    public string Currency { get; set; } = "";

    public long AccountId { get; set; }

    /// <summary>+1 debit, -1 credit.</summary>
    public short Side { get; set; }

    /// <summary>Always <c>Side * EntryAmount</c> (a CHECK constraint).</summary>
    public decimal Amount { get; set; }
}
