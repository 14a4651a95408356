using System.Text.Json;
using System.Text.Json.Serialization;

namespace PaymentGateway.Settlement.Features;

/// <summary>
/// <c>{proof, signature}</c>: the body of POST /transfer/webhook (bound by
/// <see cref="ReceiveTransfer.ProofEnvelopeBinder"/>) and the answer of POST /transfer/create. The proof's fields are
/// read as sent, without judging them: the webhook's handler checks them in the protocol's order, each with its own
/// error code.
/// </summary>
internal sealed record ProofEnvelope
{
    public TransferProof? Proof { get; init; }

    /// <summary>130 hex: the issuer's signature over the canonical proof.</summary>
    public string? Signature { get; init; }

    /// <summary>The proof object exactly as received: what the signature is verified over and what is archived.</summary>
    [JsonIgnore]
    public JsonElement SignedProof { get; init; }
}
