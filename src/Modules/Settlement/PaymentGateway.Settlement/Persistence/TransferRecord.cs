namespace PaymentGateway.Settlement.Persistence;

/// <summary>
/// A /transfer/create we executed. The primary key (caller, from.reference) is the idempotency key: a repeat finds
/// this row and answers its proof; a different body under the same key is refused by the fingerprint.
/// </summary>
internal sealed class TransferRecord
{
    public long CallerOcid { get; set; }

    /// <summary><c>from.reference</c>: the caller's id for this transfer.</summary>
    public string Reference { get; set; } = "";

    /// <summary>SHA-256 of the canonical request body: what "the same body" means.</summary>
    public string RequestFingerprint { get; set; } = "";

    public string Txid { get; set; } = "";

    public long RecipientOcid { get; set; }

    /// <summary>Exactly as received.</summary>
    public string Amount { get; set; } = "";

    public string Currency { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }
}
