using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc;
using PaymentGateway.Sandbox.Merchant;
using PaymentGateway.Sandbox.MerchantGateway;
using PaymentGateway.Sandbox.Pages;
using PaymentGateway.Sandbox.Shop;

namespace PaymentGateway.Sandbox.Endpoints;

/// <summary>The customer-facing shop: product list, buying, the stylesheet.</summary>
internal static class ShopEndpoints
{
    public static void MapShop(this IEndpointRouteBuilder app)
    {
        app.MapGet("/", (HttpContext context, IAntiforgery antiforgery, PageRenderer pages) =>
            pages.Page("Shop", ShopPage.Body(ProductCatalog.All, antiforgery.GetAndStoreTokens(context))));

        app.MapGet(SiteStyles.Path, () => Results.Text(SiteStyles.Css, "text/css; charset=utf-8"));

        // Binding from the form turns on ASP.NET Core's antiforgery validation for this endpoint (UseAntiforgery):
        // another site cannot make a visitor's browser start checkouts.
        app.MapPost("/buy", async ([FromForm] string? productId, SandboxMerchant merchant, SandboxMerchantGateway merchantGateway, PageRenderer pages, CancellationToken cancellationToken) =>
        {
            var product = ProductCatalog.Find(productId);
            if (product is null)
                return pages.Page("Unknown product", "<h1>Unknown product</h1><p><a href=\"/\">Back to the shop</a></p>", StatusCodes.Status400BadRequest);

            var order = merchant.CreateOrder(product);
            var result = await merchantGateway.StartCheckoutAsync(order, product, cancellationToken);
            return result.Succeeded
                ? (IResult)new SeeOtherResult(result.CheckoutUrl!)
                : pages.Page("Checkout could not start", OrderPages.CheckoutFailed(result), StatusCodes.Status502BadGateway);
        });
    }
}
