using System.Text.Json;

namespace PaymentGateway.Settlement.Features.ReceiveTransfer;

/// <summary>
/// A /transfer/webhook body with the shape <c>{proof: object, signature: string}</c>. The proof's fields are read
/// but not yet judged: the handler checks them in the contract's order, each with its own error code.
/// </summary>
/// <param name="Proof">The proof object as received (a clone that outlives the parsed document).</param>
internal sealed record WebhookEnvelope(
    JsonElement Proof,
    string Signature,
    long? Issuer,
    string? Txid,
    long? ToOcid,
    string? ToReference,
    string? Amount,
    string? Currency,
    string? Memo,
    bool HasFromOcid,
    bool HasTimestamp)
{
    /// <summary>From an envelope that <see cref="ProofEnvelopeValidator"/> passed.</summary>
    public static WebhookEnvelope From(ProofEnvelope envelope)
    {
        var proof = envelope.Proof!;
        return new WebhookEnvelope(envelope.SignedProof, envelope.Signature!, proof.Issuer, proof.Txid, proof.To?.Ocid, proof.To?.Reference,
            proof.Amount, proof.Currency, proof.Memo, proof.From?.Ocid is not null, proof.Timestamp is not null);
    }
}
