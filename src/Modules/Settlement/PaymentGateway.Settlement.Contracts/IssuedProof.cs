namespace PaymentGateway.Settlement.Contracts;

/// <param name="ProofJson">The proof object exactly as signed and sent (canonical variant R text).</param>
/// <param name="Signature">130-hex signature over <paramref name="ProofJson"/>.</param>
/// <param name="DeliveryState">pending, delivered, rejected or dead.</param>
public sealed record IssuedProof(string Txid, string ProofJson, string Signature, string DeliveryState);
