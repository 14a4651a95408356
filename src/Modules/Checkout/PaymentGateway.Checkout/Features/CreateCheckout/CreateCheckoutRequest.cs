using System.Text.Json;
using System.Text.Json.Serialization;

namespace PaymentGateway.Checkout.Features.CreateCheckout;

/// <summary>
/// The body of POST /checkout/create (docs/protocol.md, POST /checkout/create), bound by
/// <see cref="CreateCheckoutRequestBinder"/> from the bytes the caller signed and checked by
/// <see cref="CreateCheckoutValidator"/>. Every field may be missing here; the validator says which must not be.
/// </summary>
internal sealed record CreateCheckoutRequest
{
    /// <summary>The merchant's order as it signed it.</summary>
    public CheckoutOrder? Order { get; init; }

    /// <summary>The merchant's 130-hex signature over the canonical JSON of the order.</summary>
    public string? Signature { get; init; }

    /// <summary>The merchant's OCID; must equal order.ocid.</summary>
    public long? MerchantOcid { get; init; }

    /// <summary>Where the customer is sent after paying or cancelling.</summary>
    public CheckoutUrls? Urls { get; init; }

    /// <summary>The order object exactly as received: what the signature is verified over and what is stored.</summary>
    [JsonIgnore]
    public JsonElement SignedOrder { get; init; }
}
