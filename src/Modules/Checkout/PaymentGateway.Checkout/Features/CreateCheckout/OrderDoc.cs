namespace PaymentGateway.Checkout.Features.CreateCheckout;

/// <summary>OpenAPI description of a merchant order (docs/protocol.md, POST /checkout/create).</summary>
/// <param name="Amount">Positive decimal string, e.g. "99.99"; kept exactly as sent.</param>
/// <param name="Accepts">OCIDs whose proofs the merchant accepts; must name the caller (or us when the merchant calls).</param>
/// <param name="ExpiresAt">Unix seconds; the session never outlives the order.</param>
internal sealed record OrderDoc(
    string Id,
    long Ocid,
    string Amount,
    string Currency,
    long CreatedAt,
    long? ExpiresAt,
    IReadOnlyList<long> Accepts,
    string? Reference,
    string? Memo,
    IReadOnlyList<OrderItemDoc>? Items);
