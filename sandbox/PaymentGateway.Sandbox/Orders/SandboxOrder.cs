namespace PaymentGateway.Sandbox.Orders;

/// <summary>
/// One order as both sandbox roles see it. A real merchant and merchant gateway keep separate books; sharing one
/// record keeps the sandbox small, and each role only writes its own fields.
/// </summary>
internal sealed record SandboxOrder(
    string Id,
    string ProductId,
    string ProductName,
    string Amount,
    string Currency,
    long CreatedAt,
    long ExpiresAt,
    OrderStatus Status,
    string? SessionId,
    string? CheckoutUrl,
    string? GatewayTxid,
    string? MerchantTxid,
    long? PaidAt);
