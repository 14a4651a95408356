namespace PaymentGateway.Settlement.Features.ProofDocs;

/// <summary>OpenAPI shape of <c>{proof, signature}</c>: the signature is 130 hex over the canonical proof.</summary>
internal sealed record ProofEnvelopeDoc(ProofDoc Proof, string Signature);
