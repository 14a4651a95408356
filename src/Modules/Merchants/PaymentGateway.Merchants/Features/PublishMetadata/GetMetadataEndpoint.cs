using FastEndpoints;
using Microsoft.AspNetCore.Http;
using PaymentGateway.Opencharge.AspNetCore.Endpoints;

namespace PaymentGateway.Merchants.Features.PublishMetadata;

/// <summary>GET {BasePath}/metadata.json — public: how partners learn our key and endpoint.</summary>
internal sealed class GetMetadataEndpoint(OwnMetadataDocument metadata) : EndpointWithoutRequest
{
    public override void Configure()
    {
        Get("metadata.json");
        Group<OpenchargeApi>();
        // The one Opencharge endpoint without a signed request: partners read our key here before they can verify us.
        AllowAnonymous();
        Summary(s =>
        {
            s.Summary = "Our signed Opencharge metadata document";
            s.Description = "Public and unsigned (the only Opencharge endpoint without X-OC-* headers). Partners read our " +
                            "publicKey and endpoint here; the config object is signed (canonical JSON variant R, 130-hex " +
                            "secp256k1 signature). Cacheable for 5 minutes.";
            s.Responses[200] = "The metadata document: {opencharge, name, config:{publicKey, endpoint, capabilities, settlement}, signature}.";
        });
        Description(builder => builder.Produces(200, contentType: "application/json"));
    }

    public override Task HandleAsync(CancellationToken ct)
    {
        HttpContext.Response.Headers.CacheControl = "public, max-age=300";
        return Send.StringAsync(metadata.Json, contentType: "application/json", cancellation: ct);
    }
}
