namespace PaymentGateway.Settlement.Features.PartnerViews;

/// <summary>
/// The answer of GET /transfers/{txid}: the proof with its signature, as in <see cref="ProofEnvelope"/>, and its
/// delivery state. Written from the stored canonical proof text (<see cref="ProofEnvelopeJson"/>), so the proof is
/// the very bytes that were signed; this type describes that shape.
/// </summary>
internal sealed record TransferView(TransferProof Proof, string Signature, DeliveryView Delivery);
