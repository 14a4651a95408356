using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using PaymentGateway.Opencharge;
using PaymentGateway.Opencharge.AspNetCore.Identity;
using PaymentGateway.Settlement.Contracts;

namespace PaymentGateway.Merchants.Features.PublishMetadata;

/// <summary>
/// Our signed metadata.json (docs/protocol.md, Metadata), built once: the nested form, with the signature over the
/// canonical (variant R) <c>config</c>, 130-hex.
/// </summary>
internal sealed class OwnMetadataDocument
{
    /// <summary>What this gateway serves today; the other PG capabilities (orders.create, verify) are not implemented.</summary>
    public static readonly string[] Capabilities = ["checkout.create", "transfer.create", "transfer.webhook"];

    public OwnMetadataDocument(GatewayIdentity identity, IOptions<GatewayOptions> options, ISettlementTerms terms)
    {
        var settings = options.Value;
        Config = new JsonObject
        {
            ["publicKey"] = identity.PublicKeyHex,
            ["endpoint"] = identity.Endpoint,
            ["capabilities"] = new JsonArray([.. Capabilities.Select(c => JsonValue.Create(c))]),
            ["settlement"] = Settlement(terms),
        };
        var document = new JsonObject
        {
            ["opencharge"] = "0.1",
            ["name"] = settings.Name,
        };
        AddIfSet(document, "profile", settings.Profile);
        AddIfSet(document, "icon", settings.Icon);
        document["config"] = Config.DeepClone();
        document["signature"] = ObjectSignatures.Sign(identity.PrivateKey, Config);
        AddIfSet(document, "contact", settings.Contact);
        Json = document.ToJsonString();
    }

    public JsonObject Config { get; }

    public string Json { get; }

    public static JsonObject Settlement(ISettlementTerms terms) => new()
    {
        ["currencies"] = new JsonArray([.. terms.Currencies.Select(c => JsonValue.Create(c))]),
        ["accepts"] = new JsonArray([.. terms.Accepts.Select(a => JsonValue.Create(a))]),
    };

    private static void AddIfSet(JsonObject document, string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
            document[name] = value;
    }
}
