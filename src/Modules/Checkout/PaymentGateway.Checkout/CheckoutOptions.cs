namespace PaymentGateway.Checkout;

/// <summary>The <c>Checkout</c> configuration section.</summary>
internal sealed class CheckoutOptions
{
    public const string Section = "Checkout";

    /// <summary>How long a customer has to pay; an order that expires sooner shortens it.</summary>
    public TimeSpan SessionLifetime { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>
    /// How long a paying customer waits, counted from the submit, for the credit and the first proof delivery before
    /// being redirected anyway (the promise is a redirect within 3 s, whatever the merchant gateway does).
    /// </summary>
    public TimeSpan RedirectWaitBudget { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// How long one payment attempt holds a session it claimed. The processor call is abandoned after half of it; a
    /// claim still charging after all of it belonged to a host that died, and is resolved by looking its idempotency
    /// key up at the processor (completed if the charge went through, released otherwise).
    /// </summary>
    public TimeSpan ChargeClaimTimeout { get; set; } = TimeSpan.FromMinutes(2);
}
