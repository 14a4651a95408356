namespace PaymentGateway.Checkout.Features.HostedPage;

/// <summary>GET /pay/{sessionId}: the session whose page is shown, from the route.</summary>
internal sealed record CheckoutPageRequest
{
    public string SessionId { get; init; } = "";
}
