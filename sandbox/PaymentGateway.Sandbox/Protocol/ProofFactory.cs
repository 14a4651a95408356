using System.Security.Cryptography;
using System.Text.Json.Nodes;
using PaymentGateway.Opencharge;
using PaymentGateway.Sandbox.Identity;

namespace PaymentGateway.Sandbox.Protocol;

/// <summary>Builds and signs the merchant gateway's own proof to the merchant (docs/protocol.md, Transfer proofs).</summary>
internal static class ProofFactory
{
    public static (JsonObject Proof, string Signature) Create(SandboxParty issuer, JsonNode from, long toOcid, string toReference, string amount, string currency, DateTimeOffset now, string memo)
    {
        ArgumentNullException.ThrowIfNull(issuer);
        ArgumentNullException.ThrowIfNull(from);
        var proof = new JsonObject
        {
            ["txid"] = "mg_tx_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12)),
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
