using System.Text.Json;
using PaymentGateway.Opencharge.Amounts;

namespace PaymentGateway.Checkout.Features.CreateCheckout;

/// <summary>A shape-valid /checkout/create body. <see cref="Order"/> is the order exactly as received, for verification.</summary>
internal sealed record CheckoutRequest(
    JsonElement Order,
    string OrderId,
    Money Money,
    long? ExpiresAt,
    IReadOnlyList<long> Accepts,
    string Signature,
    long MerchantOcid,
    string? SuccessUrl,
    string? CancelUrl);
