namespace PaymentGateway.Checkout;

/// <summary>The <c>Checkout</c> configuration section.</summary>
internal sealed class CheckoutOptions
{
    public const string Section = "Checkout";

    /// <summary>How long a customer has to pay; an order that expires sooner shortens it.</summary>
    public TimeSpan SessionLifetime { get; set; } = TimeSpan.FromMinutes(30);
}
