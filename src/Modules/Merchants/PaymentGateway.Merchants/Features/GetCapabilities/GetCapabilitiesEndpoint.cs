using FastEndpoints;
using Microsoft.Extensions.Options;
using PaymentGateway.Merchants.Features.PublishMetadata;
using PaymentGateway.Opencharge.AspNetCore.Endpoints;
using PaymentGateway.Opencharge.AspNetCore.Identity;
using PaymentGateway.Settlement.Contracts;

namespace PaymentGateway.Merchants.Features.GetCapabilities;

/// <summary>GET {BasePath}/capabilities — signed request; what we offer the calling partner (docs/protocol.md, Endpoints we serve).</summary>
internal sealed class GetCapabilitiesEndpoint(GatewayIdentity identity, IOptions<GatewayOptions> options, ISettlementTerms terms)
    : EndpointWithoutRequest<CapabilitiesResponse>
{
    public override void Configure()
    {
        Get("capabilities");
        Group<OpenchargeApi>();
        Summary(s =>
        {
            s.Summary = "Capabilities and settlement terms for the calling partner";
            s.Description = "Signed request (X-OC-ID, X-OC-Timestamp, X-OC-Nonce, X-OC-Signature; empty body). Answers what this " +
                            "gateway offers: its capabilities, the currencies it settles in (empty means any) and whose proofs it accepts.";
            s.Responses[200] = "Our OCID, name, capabilities and settlement terms.";
            s.ResponseExamples[200] = new CapabilitiesResponse(200, "Opencharge Payment Gateway", OwnMetadataDocument.Capabilities,
                new SettlementTerms(["USD", "EUR"], [200]));
        });
    }

    public override Task HandleAsync(CancellationToken ct)
    {
        var settings = options.Value;
        return Send.OkAsync(new CapabilitiesResponse(identity.Ocid, settings.Name, OwnMetadataDocument.Capabilities,
            new SettlementTerms(terms.Currencies, terms.Accepts)), ct);
    }
}
