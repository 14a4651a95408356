using PaymentGateway.Settlement.Features.ProofDocs;

namespace PaymentGateway.Settlement.Features.PartnerViews;

/// <summary>OpenAPI shape of GET /transfers/{txid}.</summary>
internal sealed record TransferViewDoc(ProofDoc Proof, string Signature, DeliveryView Delivery);
