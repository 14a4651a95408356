using System.Text.Json.Serialization;
using PaymentGateway.Opencharge.Amounts;

namespace PaymentGateway.Checkout.Features.CreateCheckout;

/// <summary>A merchant order (docs/protocol.md, POST /checkout/create); strings are kept exactly as sent.</summary>
internal sealed record CheckoutOrder
{
    /// <summary>The merchant's order id: with the merchant's OCID, the identity of the checkout.</summary>
    public string? Id { get; init; }

    /// <summary>The merchant's OCID.</summary>
    public long? Ocid { get; init; }

    /// <summary>Positive decimal string, e.g. "99.99"; charged, booked and proven exactly as sent.</summary>
    public string? Amount { get; init; }

    /// <summary>3 to 10 uppercase letters or digits, e.g. "USD".</summary>
    public string? Currency { get; init; }

    /// <summary>Unix seconds.</summary>
    public long? CreatedAt { get; init; }

    /// <summary>Unix seconds; the session never outlives the order.</summary>
    public long? ExpiresAt { get; init; }

    /// <summary>OCIDs whose proofs the merchant accepts; must name the caller (or us when the merchant calls).</summary>
    public IReadOnlyList<long> Accepts { get; init; } = [];

    public string? Reference { get; init; }

    public string? Memo { get; init; }

    /// <summary>The order lines, shown on the checkout page (null where an entry is not an object).</summary>
    public IReadOnlyList<CheckoutOrderItem?>? Items { get; init; }

    /// <summary>
    /// <see cref="Amount"/> and <see cref="Currency"/> parsed once, by the binder: the validator words its errors, the
    /// handler charges its <see cref="MoneyParseResult.Money"/>. Not part of the body.
    /// </summary>
    [JsonIgnore]
    public MoneyParseResult ParsedMoney { get; init; }
}
