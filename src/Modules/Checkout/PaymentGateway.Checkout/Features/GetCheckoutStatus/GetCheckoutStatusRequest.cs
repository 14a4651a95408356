namespace PaymentGateway.Checkout.Features.GetCheckoutStatus;

/// <summary>GET /checkout/{sessionId}: the session id answered by /checkout/create, from the route.</summary>
internal sealed record GetCheckoutStatusRequest
{
    public string SessionId { get; init; } = "";
}
