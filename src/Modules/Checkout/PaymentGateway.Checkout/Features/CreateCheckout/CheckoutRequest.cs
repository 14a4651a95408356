using System.Text.Json;
using PaymentGateway.Opencharge.Amounts;

namespace PaymentGateway.Checkout.Features.CreateCheckout;

/// <summary>
/// A shape-valid /checkout/create body. <see cref="Order"/> is the order exactly as received, for verification; the
/// URLs are already in the normalised form the customer will be redirected to.
/// </summary>
internal sealed record CheckoutRequest(
    JsonElement Order,
    string OrderId,
    Money Money,
    long? ExpiresAt,
    IReadOnlyList<long> Accepts,
    string Signature,
    long MerchantOcid,
    RedirectUrl? SuccessUrl,
    RedirectUrl? CancelUrl);
