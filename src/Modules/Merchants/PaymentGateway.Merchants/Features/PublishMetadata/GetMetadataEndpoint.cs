using FastEndpoints;

namespace PaymentGateway.Merchants.Features.PublishMetadata;

/// <summary>GET {BasePath}/metadata.json — public: how partners learn our key and endpoint.</summary>
internal sealed class GetMetadataEndpoint(OwnMetadataDocument metadata) : EndpointWithoutRequest
{
    public override void Configure()
    {
        Get("metadata.json");
        AllowAnonymous();
        Summary(s =>
        {
            s.Summary = "Our signed Opencharge metadata document";
            s.Description = "Public. The config object is signed (canonical JSON variant R, 130-hex secp256k1 signature).";
        });
    }

    public override Task HandleAsync(CancellationToken ct)
    {
        HttpContext.Response.Headers.CacheControl = "public, max-age=300";
        return Send.StringAsync(metadata.Json, contentType: "application/json", cancellation: ct);
    }
}
