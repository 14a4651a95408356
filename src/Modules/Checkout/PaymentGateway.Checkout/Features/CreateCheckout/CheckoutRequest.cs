using System.Text.Json;
using PaymentGateway.Opencharge.Amounts;

namespace PaymentGateway.Checkout.Features.CreateCheckout;

/// <summary>
/// A valid /checkout/create body in the types the handler works with. <see cref="Order"/> is the order exactly as
/// received, for verification; the URLs are already in the normalised form the customer will be redirected to.
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
    RedirectUrl? CancelUrl)
{
    /// <summary>
    /// From a request that <see cref="CreateCheckoutValidator"/> passed, so every required field is there and its
    /// parse (by <see cref="CreateCheckoutRequestBinder"/>) succeeded: the parsed values are taken, nothing is parsed again.
    /// </summary>
    public static CheckoutRequest From(CreateCheckoutRequest request)
    {
        var order = request.Order!;
        var urls = request.Urls!;
        // The validator passed, so a success (cancel) URL given has its parse: the synonym is used only when it is absent.
        return new CheckoutRequest(request.SignedOrder, order.Id!, order.ParsedMoney.Money!, order.ExpiresAt,
            order.Accepts, request.Signature!, request.MerchantOcid!.Value,
            urls.ParsedSuccess ?? urls.ParsedCompleted, urls.ParsedCancel ?? urls.ParsedCancelled);
    }
}
