namespace PaymentGateway.Settlement.Features.ProofDocs;

/// <summary>OpenAPI shape of a transaction proof (docs/protocol.md, Transfer proofs). Amount and currency are strings.</summary>
internal sealed record ProofDoc(string Txid, long Issuer, ProofPartyDoc From, ProofPartyDoc To, string Amount, string Currency, long Timestamp, string? Memo);
