using Microsoft.AspNetCore.Antiforgery;
using PaymentGateway.Sandbox.Configuration;
using PaymentGateway.Sandbox.Identity;
using PaymentGateway.Sandbox.MerchantGateway;
using PaymentGateway.Sandbox.Pages;
using PaymentGateway.Sandbox.Shop;
using PaymentGateway.Sandbox.Transfers;

namespace PaymentGateway.Sandbox.Endpoints;

/// <summary>The merchant gateway's Opencharge API, mounted at <c>/mg/opencharge</c>, and its page.</summary>
internal static class MerchantGatewayEndpoints
{
    public static void MapMerchantGateway(this IEndpointRouteBuilder app)
    {
        // No model binding: the handler needs the raw body bytes for the request signature.
        app.MapPost(SandboxSettings.MerchantGatewayBasePath + "/transfer/webhook", (HttpContext context, SandboxMerchantGateway merchantGateway) =>
            merchantGateway.ReceiveGatewayProofAsync(context)).DisableAntiforgery();

        app.MapGet(MerchantGatewayPage.Path, async (HttpContext context, IAntiforgery antiforgery, GatewayAccount account, SandboxParties parties, SandboxSettings settings, TransferStore transfers, PageRenderer pages, CancellationToken cancellationToken) =>
        {
            var balance = await account.BalanceAsync(cancellationToken);
            var mg = parties.MerchantGateway;
            return pages.Page("Merchant gateway", MerchantGatewayPage.Body(mg, settings.GatewayOcid, ProductCatalog.Currency, balance, transfers.SentBy(mg.Ocid), antiforgery.GetAndStoreTokens(context),
                GatewayAccount.NewPayoutReference()));
        });

        // Another site must not make a visitor's browser move the merchant gateway's money. The form has no field to
        // bind (binding is what makes ASP.NET Core reject a bad token), so the token is checked here.
        app.MapPost(MerchantGatewayPage.PayoutPath, async (HttpContext context, IAntiforgery antiforgery, GatewayAccount account, PageRenderer pages, CancellationToken cancellationToken) =>
        {
            if (!await antiforgery.IsRequestValidAsync(context))
                return pages.Page("Form expired", $"<h1>Form expired</h1><p><a href=\"{MerchantGatewayPage.Path}\">Reload the merchant gateway page</a> and try again.</p>", StatusCodes.Status400BadRequest);
            var reference = context.Request.Form[MerchantGatewayPage.ReferenceField].ToString();
            if (!GatewayAccount.IsPayoutReference(reference))
                return pages.Page("Form expired", $"<h1>Form expired</h1><p><a href=\"{MerchantGatewayPage.Path}\">Reload the merchant gateway page</a> and try again.</p>", StatusCodes.Status400BadRequest);
            await account.PayOutToMerchantAsync(reference, cancellationToken);
            return new SeeOtherResult(MerchantGatewayPage.Path);
        }).DisableAntiforgery();
    }
}
