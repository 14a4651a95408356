namespace PaymentGateway.Checkout.Features.CreateCheckout;

/// <summary>An order line; <see cref="Price"/> is a decimal string.</summary>
internal sealed record CheckoutOrderItem
{
    public string? Id { get; init; }

    public string? Name { get; init; }

    /// <summary>A positive finite number.</summary>
    public double? Quantity { get; init; }

    public string? Price { get; init; }
}
