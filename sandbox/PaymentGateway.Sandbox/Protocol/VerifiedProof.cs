using System.Text.Json.Nodes;

namespace PaymentGateway.Sandbox.Protocol;

/// <summary>The fields of a proof whose signature, issuer and recipient have been checked.</summary>
internal sealed record VerifiedProof(string Txid, long Issuer, JsonNode From, string? ToReference, string Amount, string Currency, long Timestamp, string? Memo);
