using FastEndpoints;
using Microsoft.Extensions.Options;
using PaymentGateway.Merchants.Features.PublishMetadata;
using PaymentGateway.Opencharge.AspNetCore.Identity;

namespace PaymentGateway.Merchants.Features.GetCapabilities;

/// <summary>GET {BasePath}/capabilities — signed request; what we offer the calling partner (PROTOCOL.md 2.2).</summary>
internal sealed class GetCapabilitiesEndpoint(GatewayIdentity identity, IOptions<GatewayOptions> options)
    : EndpointWithoutRequest<CapabilitiesResponse>
{
    public override void Configure()
    {
        Get("capabilities");
        AllowAnonymous(); // Opencharge request signatures are checked by the authentication middleware, not ASP.NET auth.
        Summary(s => s.Summary = "Capabilities and settlement terms for the calling partner");
    }

    public override Task HandleAsync(CancellationToken ct)
    {
        var settings = options.Value;
        return Send.OkAsync(new CapabilitiesResponse(identity.Ocid, settings.Name, OwnMetadataDocument.Capabilities,
            new SettlementTerms(settings.SettlementCurrencies, settings.SettlementAccepts)), ct);
    }
}
