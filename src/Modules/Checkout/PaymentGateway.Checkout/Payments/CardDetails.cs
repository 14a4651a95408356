namespace PaymentGateway.Checkout.Payments;

/// <summary>
/// Card data as entered, validated. A class rather than a record so that no generated <c>ToString</c> can ever put the
/// number or CVC into a log line; it lives only for the duration of one request.
/// </summary>
internal sealed class CardDetails(string number, int expiryMonth, int expiryYear, string cvc, string nameOnCard)
{
    /// <summary>Digits only.</summary>
    public string Number { get; } = number;

    public int ExpiryMonth { get; } = expiryMonth;

    /// <summary>Four-digit year.</summary>
    public int ExpiryYear { get; } = expiryYear;

    public string Cvc { get; } = cvc;

    public string NameOnCard { get; } = nameOnCard;

    public string Brand => CardBrands.Of(Number);

    public string Last4 => Number[^4..];

    public override string ToString() => $"{Brand} ending {Last4}";
}
