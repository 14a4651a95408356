using Microsoft.Playwright;

namespace PaymentGateway.EndToEndTests.Pages;

/// <summary>The sandbox parties' own pages: the merchant gateway's balance and payouts, the merchant's proofs, the bank.</summary>
internal static class PartyPages
{
    public const string MerchantGatewayPath = "/mg";
    public const string MerchantPath = "/merchant";
    public const string BankPath = "/bank";

    /// <summary>The merchant gateway's balance at the gateway in one currency, as the page shows it.</summary>
    public static ILocator Balance(IPage page, string currency) => page.Locator($"#balance-{currency}");

    public static ILocator PayOutButton(IPage page) =>
        page.GetByRole(AriaRole.Button, new() { Name = "Pay out to the merchant", Exact = true });

    public static ILocator FundButton(IPage page) =>
        page.GetByRole(AriaRole.Button, new() { Name = "Fund the MG", Exact = true });

    /// <summary>The newest row of a transfer table (they list newest first), found by the table's caption.</summary>
    public static ILocator NewestRow(IPage page, string caption) =>
        page.GetByRole(AriaRole.Table, new() { Name = caption, Exact = true }).Locator("tbody tr").First;

    /// <summary>A cell of a sent-transfers row: 0 sent, 1 amount, 2 to, 3 reference, 4 outcome, 5 txid.</summary>
    public static ILocator Cell(ILocator row, int index) => row.Locator("td").Nth(index);

    public static ILocator ReceivedProof(IPage page, string txid) =>
        page.GetByRole(AriaRole.Table, new() { Name = "Verified proofs received", Exact = true })
            .Locator("tbody tr").Filter(new() { Has = page.Locator("td:first-child code", new() { HasTextString = txid }) });
}
