namespace PaymentGateway.Settlement.Features.ProofDocs;

/// <summary>OpenAPI shape of a proof's or a transfer request's <c>from</c> / <c>to</c>.</summary>
internal sealed record ProofPartyDoc(long? Ocid, string? Reference);
