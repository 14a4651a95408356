using System.Security.Cryptography;
using System.Text.Json.Nodes;
using PaymentGateway.Opencharge;
using PaymentGateway.Sandbox.Identity;

namespace PaymentGateway.Sandbox.Protocol;

/// <summary>
/// Builds and signs a proof of a sandbox party (docs/protocol.md, Transfer proofs): the merchant gateway's own proof to the
/// merchant, or the bank's proof of money it sent to the payment gateway.
/// </summary>
internal static class ProofFactory
{
    /// <param name="txidPrefix">Txids are unique in the issuer's namespace; the prefix says whose they are when read.</param>
    public static (JsonObject Proof, string Signature) Create(SandboxParty issuer, JsonNode from, long toOcid, string toReference, string amount, string currency, DateTimeOffset now, string memo, string txidPrefix = "mg_tx_")
    {
        ArgumentNullException.ThrowIfNull(issuer);
        ArgumentNullException.ThrowIfNull(from);
        var proof = new JsonObject
        {
            ["txid"] = txidPrefix + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12)),
            ["issuer"] = issuer.Ocid,
            ["from"] = from.DeepClone(),
            ["to"] = new JsonObject { ["ocid"] = toOcid, ["reference"] = toReference },
            ["amount"] = amount,
            ["currency"] = currency,
            ["timestamp"] = now.ToUnixTimeSeconds(),
            ["memo"] = memo,
        };
        return (proof, ObjectSignatures.Sign(issuer.Key, proof));
    }
}
