using System.Text.Json.Nodes;
using PaymentGateway.Opencharge;
using PaymentGateway.Sandbox.Identity;

namespace PaymentGateway.Sandbox.Protocol;

/// <summary>
/// The nested metadata form (docs/protocol.md, Metadata) with <c>config</c> signed in variant R, which is what the project publishes
/// and what the gateway's metadata reader checks.
/// </summary>
internal static class MetadataDocument
{
    public static JsonObject Create(SandboxParty party, string profile, string endpoint, IEnumerable<string> capabilities, IEnumerable<string> currencies, IEnumerable<long> accepts)
    {
        ArgumentNullException.ThrowIfNull(party);
        var config = new JsonObject
        {
            ["publicKey"] = party.PublicKey.ToHex(),
            ["endpoint"] = endpoint,
            ["capabilities"] = new JsonArray([.. capabilities.Select(c => (JsonNode)c)]),
            ["settlement"] = new JsonObject
            {
                ["currencies"] = new JsonArray([.. currencies.Select(c => (JsonNode)c)]),
                ["accepts"] = new JsonArray([.. accepts.Select(a => (JsonNode)a)]),
            },
        };
        return new JsonObject
        {
            ["opencharge"] = "0.1",
            ["name"] = party.Name,
            ["profile"] = profile,
            ["config"] = config,
            ["signature"] = ObjectSignatures.Sign(party.Key, config),
        };
    }
}
