namespace PaymentGateway.Checkout.Payments;

/// <summary>The card form exactly as posted. Same rule as <see cref="CardDetails"/>: no generated ToString.</summary>
internal sealed class CardFormInput(string? number, string? expiry, string? cvc, string? nameOnCard)
{
    public string Number { get; } = number ?? "";

    public string Expiry { get; } = expiry ?? "";

    public string Cvc { get; } = cvc ?? "";

    public string NameOnCard { get; } = nameOnCard ?? "";

    public override string ToString() => nameof(CardFormInput);
}
