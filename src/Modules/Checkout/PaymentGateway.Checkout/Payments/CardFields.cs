namespace PaymentGateway.Checkout.Payments;

/// <summary>Form field names of the card form, shared by the renderer, the parser and the tests.</summary>
internal static class CardFields
{
    public const string Number = "card_number";
    public const string Expiry = "expiry";
    public const string Cvc = "cvc";
    public const string Name = "name_on_card";
}
