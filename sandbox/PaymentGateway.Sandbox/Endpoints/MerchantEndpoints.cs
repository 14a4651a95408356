using PaymentGateway.Sandbox.Configuration;
using PaymentGateway.Sandbox.Identity;
using PaymentGateway.Sandbox.Merchant;
using PaymentGateway.Sandbox.Pages;
using PaymentGateway.Sandbox.Transfers;

namespace PaymentGateway.Sandbox.Endpoints;

/// <summary>The merchant's Opencharge API, mounted at <c>/merchant/opencharge</c>, and its page of proofs received.</summary>
internal static class MerchantEndpoints
{
    public static void MapMerchant(this IEndpointRouteBuilder app)
    {
        // No model binding: the handler needs the raw body bytes for the request signature.
        app.MapPost(SandboxSettings.MerchantBasePath + "/transfer/webhook", (HttpContext context, MerchantWebhook webhook) =>
            webhook.ReceiveAsync(context)).DisableAntiforgery();

        app.MapGet(MerchantPage.Path, (SandboxParties parties, TransferStore transfers, PageRenderer pages) =>
            pages.Page("Merchant", MerchantPage.Body(parties.Merchant, transfers.Received())));
    }
}
