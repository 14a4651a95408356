namespace PaymentGateway.Settlement.Persistence;

/// <summary>A transfer proof we issued, kept exactly as signed and sent (audit trail, docs/protocol.md, Transfer proofs).</summary>
internal sealed class ProofRecord
{
    public string Txid { get; set; } = "";

    /// <summary>The checkout session paid (checkout proofs); null for transfer proofs.</summary>
    public string? SessionId { get; set; }

    public Guid? EventId { get; set; }

    /// <summary><c>to.ocid</c>: who the proof credits and where it is delivered.</summary>
    public long RecipientOcid { get; set; }

    /// <summary>Canonical variant R text of the proof object: the signed bytes and the bytes sent.</summary>
    public string ProofJson { get; set; } = "";

    public string Signature { get; set; } = "";

    public DateTimeOffset IssuedAt { get; set; }
}
