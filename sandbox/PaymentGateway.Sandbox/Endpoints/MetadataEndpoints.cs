using PaymentGateway.Sandbox.Configuration;
using PaymentGateway.Sandbox.Identity;
using PaymentGateway.Sandbox.Protocol;
using PaymentGateway.Sandbox.Shop;

namespace PaymentGateway.Sandbox.Endpoints;

/// <summary>
/// The three metadata documents the payment gateway's directory points at (docs/protocol.md, Metadata). Capabilities list only what
/// this process really serves over HTTP (docs/protocol.md, Metadata): the merchant and the merchant gateway receive proofs on
/// their webhooks; the bank only sends, so it lists none.
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
                capabilities: ["transfer.webhook"],
                currencies: [ProductCatalog.Currency],
                // Its merchant gateway's proofs for orders, and the payment gateway's for payouts.
                accepts: [parties.MerchantGateway.Ocid, settings.GatewayOcid])));

        app.MapGet("/mg/metadata.json", (SandboxParties parties, SandboxSettings settings) =>
            Results.Json(MetadataDocument.Create(
                parties.MerchantGateway,
                "Sandbox merchant gateway of the Opencharge payment gateway project",
                settings.PublicBase + SandboxSettings.MerchantGatewayBasePath,
                capabilities: ["transfer.webhook"],
                currencies: [ProductCatalog.Currency],
                accepts: [settings.GatewayOcid])));

        app.MapGet("/bank/metadata.json", (SandboxParties parties, SandboxSettings settings) =>
            Results.Json(MetadataDocument.Create(
                parties.Bank,
                "Sandbox settlement provider (bank) of the Opencharge payment gateway project",
                settings.PublicBase + SandboxSettings.BankBasePath,
                capabilities: [],
                currencies: [ProductCatalog.Currency],
                accepts: [])));
    }
}
