namespace PaymentGateway.Checkout.Features.CreateCheckout;

/// <summary>OpenAPI description of the /checkout/create body (docs/protocol.md, POST /checkout/create); the endpoint parses the raw JSON itself.</summary>
/// <param name="Order">The merchant's order exactly as it signed it.</param>
/// <param name="Signature">The merchant's 130-hex signature over the canonical JSON of <paramref name="Order"/>.</param>
/// <param name="MerchantOcid">The merchant's OCID; must equal order.ocid.</param>
/// <param name="Urls">Where the customer is sent after paying or cancelling.</param>
internal sealed record CheckoutCreateRequestDoc(OrderDoc Order, string Signature, long MerchantOcid, CheckoutUrlsDoc? Urls);
