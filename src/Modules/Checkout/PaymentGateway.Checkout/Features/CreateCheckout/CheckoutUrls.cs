using System.Text.Json.Serialization;

namespace PaymentGateway.Checkout.Features.CreateCheckout;

/// <summary>
/// Where the customer is sent after paying or cancelling. docs/protocol.md, contradiction B5: other flows spell these
/// completed / cancelled, so those are accepted as synonyms.
/// </summary>
internal sealed record CheckoutUrls
{
    public string? Success { get; init; }

    public string? Cancel { get; init; }

    /// <summary>Synonym of <see cref="Success"/>, used when it is absent.</summary>
    public string? Completed { get; init; }

    /// <summary>Synonym of <see cref="Cancel"/>, used when it is absent.</summary>
    public string? Cancelled { get; init; }

    // Each URL given, parsed once by the binder (null when absent or not a redirect URL): the validator refuses a
    // field given but not parsed, the handler redirects to the parsed form. Not part of the body.

    [JsonIgnore]
    public RedirectUrl? ParsedSuccess { get; init; }

    [JsonIgnore]
    public RedirectUrl? ParsedCancel { get; init; }

    [JsonIgnore]
    public RedirectUrl? ParsedCompleted { get; init; }

    [JsonIgnore]
    public RedirectUrl? ParsedCancelled { get; init; }
}
