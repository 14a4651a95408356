namespace PaymentGateway.Settlement.Persistence;

/// <summary>
/// The archive of every proof posted to /transfer/webhook whose signature verified, repeats and conflicts included,
/// exactly as received (docs/protocol.md, Transfer proofs: keep the proofs received). Append-only (trigger).
/// </summary>
internal sealed class ReceivedProof
{
    public long Id { get; set; }

    public long IssuerOcid { get; set; }

    public string Txid { get; set; } = "";

    /// <summary>The <c>proof</c> object's JSON text as it arrived.</summary>
    public string ProofJson { get; set; } = "";

    public string Signature { get; set; } = "";

    /// <summary>credited, repeat or conflict.</summary>
    public string Outcome { get; set; } = "";

    public DateTimeOffset ReceivedAt { get; set; }
}
