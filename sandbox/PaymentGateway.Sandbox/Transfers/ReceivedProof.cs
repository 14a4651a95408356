namespace PaymentGateway.Sandbox.Transfers;

/// <summary>A proof the merchant received on its <c>/transfer/webhook</c> and verified with the issuer's published key.</summary>
internal sealed record ReceivedProof(
    long Issuer,
    string Txid,
    long? FromOcid,
    string? FromReference,
    string? ToReference,
    string Amount,
    string Currency,
    long Timestamp,
    string? Memo,
    long ReceivedAt);
