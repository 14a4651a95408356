using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc;
using PaymentGateway.Opencharge.Amounts;
using PaymentGateway.Sandbox.Bank;
using PaymentGateway.Sandbox.Configuration;
using PaymentGateway.Sandbox.Identity;
using PaymentGateway.Sandbox.Pages;
using PaymentGateway.Sandbox.Shop;
using PaymentGateway.Sandbox.Transfers;

namespace PaymentGateway.Sandbox.Endpoints;

/// <summary>The bank's page and its "Fund the MG" action.</summary>
internal static class BankEndpoints
{
    public static void MapBank(this IEndpointRouteBuilder app)
    {
        app.MapGet(BankPage.Path, (HttpContext context, IAntiforgery antiforgery, SandboxParties parties, SandboxSettings settings, TransferStore transfers, PageRenderer pages) =>
            pages.Page("Bank", Body(context, antiforgery, parties, settings, transfers, error: null)));

        // Binding from the form turns on antiforgery validation (UseAntiforgery): another site cannot make a visitor's browser send money.
        app.MapPost(BankPage.FundPath, async ([FromForm] string? amount, HttpContext context, IAntiforgery antiforgery, SandboxBank bank, SandboxParties parties, SandboxSettings settings, TransferStore transfers, PageRenderer pages, CancellationToken cancellationToken) =>
        {
            // The bank signs only amounts the protocol allows; anything else is the visitor's typo, not a proof.
            var money = Money.Parse(amount?.Trim(), ProductCatalog.Currency).Money;
            if (money is null)
            {
                var error = $"\"{amount}\" is not an amount in {ProductCatalog.Currency}: use a positive decimal such as {BankPage.DefaultAmount}.";
                return pages.Page("Bank", Body(context, antiforgery, parties, settings, transfers, error), StatusCodes.Status400BadRequest);
            }

            await bank.FundAsync(parties.MerchantGateway.Ocid, money, cancellationToken);
            return (IResult)new SeeOtherResult(BankPage.Path);
        });
    }

    private static string Body(HttpContext context, IAntiforgery antiforgery, SandboxParties parties, SandboxSettings settings, TransferStore transfers, string? error) =>
        BankPage.Body(parties.Bank, parties.MerchantGateway.Ocid, settings.GatewayOcid, ProductCatalog.Currency, transfers.SentBy(parties.Bank.Ocid), antiforgery.GetAndStoreTokens(context), error);
}
