namespace PaymentGateway.Checkout.Features.HostedPage;

/// <summary>GET /pay/assets/{file}: the asset's file name, from the route.</summary>
internal sealed record PageAssetRequest
{
    public string File { get; init; } = "";
}
