namespace PaymentGateway.Settlement.Proofs;

/// <param name="CanonicalJson">The proof object in canonical variant R: what was signed and what is sent.</param>
/// <param name="Signature">130-hex r||s||v over <paramref name="CanonicalJson"/>.</param>
internal sealed record SignedProof(string Txid, string CanonicalJson, string Signature);
