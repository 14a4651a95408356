namespace PaymentGateway.Checkout.Features.HostedPage.Rendering;

/// <summary>Everything the pending (payable) page shows.</summary>
internal sealed record CheckoutPageModel(
    string PathBase,
    string SessionId,
    MerchantView Merchant,
    OrderView Order,
    string Amount,
    string Currency,
    TimeSpan TimeLeft,
    AntiforgeryField Antiforgery,
    FormFeedback Feedback);
