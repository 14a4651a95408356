using PaymentGateway.Sandbox.Configuration;
using PaymentGateway.Sandbox.Identity;
using PaymentGateway.Sandbox.Protocol;
using PaymentGateway.Sandbox.Shop;

namespace PaymentGateway.Sandbox.Endpoints;

/// <summary>
/// The two metadata documents the payment gateway's directory points at (docs/protocol.md, Metadata). Capabilities list only what
/// this process really serves over HTTP (docs/protocol.md, Metadata): the merchant's webhook is in-process, so the merchant lists none.
/// </summary>
internal static class MetadataEndpoints
{
    public static void MapMetadata(this IEndpointRouteBuilder app)
    {
        app.MapGet("/merchant/metadata.json", (SandboxParties parties, SandboxSettings settings) =>
            Results.Json(MetadataDocument.Create(
                parties.Merchant,
                "Sandbox merchant of the Opencharge payment gateway project",
                settings.PublicBase + SandboxSettings.MerchantBasePath,
                capabilities: [],
                currencies: [ProductCatalog.Currency],
                accepts: [parties.MerchantGateway.Ocid])));

        app.MapGet("/mg/metadata.json", (SandboxParties parties, SandboxSettings settings) =>
            Results.Json(MetadataDocument.Create(
                parties.MerchantGateway,
                "Sandbox merchant gateway of the Opencharge payment gateway project",
                settings.PublicBase + SandboxSettings.MerchantGatewayBasePath,
                capabilities: ["transfer.webhook"],
                currencies: [ProductCatalog.Currency],
                accepts: [settings.GatewayOcid])));
    }
}
