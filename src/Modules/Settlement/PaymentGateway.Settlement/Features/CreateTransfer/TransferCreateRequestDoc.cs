using PaymentGateway.Settlement.Features.ProofDocs;

namespace PaymentGateway.Settlement.Features.CreateTransfer;

/// <summary>OpenAPI shape of the /transfer/create body (read raw: see <see cref="TransferRequestParser"/>).</summary>
internal sealed record TransferCreateRequestDoc(ProofPartyDoc From, ProofPartyDoc To, string Amount, string Currency, string? Memo);
