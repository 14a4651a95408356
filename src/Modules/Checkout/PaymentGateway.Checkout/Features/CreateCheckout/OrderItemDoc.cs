namespace PaymentGateway.Checkout.Features.CreateCheckout;

/// <summary>OpenAPI description of an order line; <paramref name="Price"/> is a decimal string.</summary>
internal sealed record OrderItemDoc(string Id, string Name, decimal Quantity, string Price);
