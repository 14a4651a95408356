using PaymentGateway.Opencharge.AspNetCore.Identity;

namespace PaymentGateway.Checkout;

/// <summary>Where the customer-facing checkout page lives: outside the Opencharge API path, unauthenticated.</summary>
internal static class HostedPagePaths
{
    public const string PagePrefix = "/pay";

    public static string CheckoutUrl(GatewayIdentity identity, string sessionId) => identity.Url($"{PagePrefix}/{sessionId}");
}
