namespace PaymentGateway.Settlement.Features;

/// <summary>A transaction proof (docs/protocol.md, Transfer proofs). Amount and currency are strings, kept as sent.</summary>
internal sealed record TransferProof
{
    public string? Txid { get; init; }

    /// <summary>The OCID that signed the proof.</summary>
    public long? Issuer { get; init; }

    public TransferParty? From { get; init; }

    public TransferParty? To { get; init; }

    public string? Amount { get; init; }

    public string? Currency { get; init; }

    /// <summary>Unix seconds.</summary>
    public long? Timestamp { get; init; }

    public string? Memo { get; init; }
}
