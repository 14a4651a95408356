namespace PaymentGateway.Sandbox.Transfers;

/// <summary>
/// Money a sandbox party asked the payment gateway to move, and how the gateway answered: a merchant gateway's payout
/// (<c>/transfer/create</c>) or the bank's funding (a proof sent to <c>/transfer/webhook</c>).
/// </summary>
/// <param name="Reference">The sender's own id for it (<c>from.reference</c>), fresh for every attempt.</param>
/// <param name="Txid">The proof's txid when the gateway took it; null when it refused or did not answer.</param>
/// <param name="Outcome">"accepted", or the error code the gateway answered (or why there was no answer).</param>
internal sealed record SentTransfer(
    long FromOcid,
    string Reference,
    long ToOcid,
    string Amount,
    string Currency,
    long SentAt,
    string? Txid,
    string Outcome,
    string? Message)
{
    public bool Accepted => Txid is not null;
}
