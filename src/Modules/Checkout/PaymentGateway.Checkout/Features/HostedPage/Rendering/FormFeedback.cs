namespace PaymentGateway.Checkout.Features.HostedPage.Rendering;

/// <summary>
/// What a re-rendered form tells the customer. Only the expiry and the name are echoed back; the card number and
/// CVC never are.
/// </summary>
internal sealed record FormFeedback(IReadOnlyDictionary<string, string> FieldErrors, string? Message, string Expiry, string NameOnCard)
{
    public static readonly FormFeedback None = new(new Dictionary<string, string>(), null, "", "");
}
