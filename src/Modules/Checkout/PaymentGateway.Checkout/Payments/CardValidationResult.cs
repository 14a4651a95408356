namespace PaymentGateway.Checkout.Payments;

/// <summary>Either a usable card or, per field (<see cref="CardFields"/>), what the customer has to fix.</summary>
internal sealed record CardValidationResult(CardDetails? Card, IReadOnlyDictionary<string, string> Errors)
{
    public bool IsValid => Card is not null;
}
