using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Playwright;
using PaymentGateway.EndToEndTests.Infrastructure;
using PaymentGateway.EndToEndTests.Pages;

namespace PaymentGateway.EndToEndTests;

/// <summary>
/// Money in and out through the sandbox in a real browser: a sale credits the merchant gateway's balance at the gateway,
/// the merchant gateway pays it out to the merchant (a real <c>/transfer/create</c>, whose proof the gateway delivers
/// to the merchant's webhook), and the bank funds the merchant gateway with a proof to the gateway's
/// <c>/transfer/webhook</c>. The ledger's trial balance is zero at the end.
/// </summary>
public sealed class MoneyFlowTests(ShopFixture shop, BrowserFixture browser) : IClassFixture<ShopFixture>
{
    private const string Currency = "USD";

    /// <summary>The first product of the sandbox catalogue, the one <see cref="ShopPage.BuyFirstProductAsync"/> buys.</summary>
    private const string Price = "12.50";

    private static readonly LocatorAssertionsToBeVisibleOptions ProofWait = new() { Timeout = Waits.NavigationMilliseconds };
    private static readonly LocatorAssertionsToHaveTextOptions TextWait = new() { Timeout = Waits.NavigationMilliseconds };

    [Fact]
    public async Task A_sale_raises_the_MG_balance_a_payout_reaches_the_merchant_as_a_verified_proof_and_the_bank_funds_the_MG()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(shop.ShopUrl + PartyPages.MerchantGatewayPath);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Merchant gateway", Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#balance-none")).ToBeVisibleAsync(); // nothing credited yet

        // Buy: the gateway credits the merchant gateway's account before it delivers the proof the shop waits for.
        await ShopPage.BuyFirstProductAsync(page, shop.ShopUrl);
        await CheckoutPage.PayAsync(page, CheckoutPage.ApprovedCard);
        await page.WaitForURLAsync(ShopPage.SuccessUrl(), Waits.Url);
        await WithLogsAsync(() => Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Paid", Exact = true })).ToBeVisibleAsync(ProofWait));

        await page.GotoAsync(shop.ShopUrl + PartyPages.MerchantGatewayPath);
        await Assertions.Expect(PartyPages.Balance(page, Currency)).ToHaveTextAsync(Price);
        await Screenshots.SaveAsync(page, "mg-balance");

        // Pay out: the whole balance to the merchant.
        await PartyPages.PayOutButton(page).ClickAsync(Waits.NavigatingClick);
        await WithLogsAsync(() => Assertions.Expect(PartyPages.Balance(page, Currency)).ToHaveTextAsync("0.00", TextWait));
        var payout = PartyPages.NewestRow(page, "Payouts to the merchant");
        await Assertions.Expect(PartyPages.Cell(payout, 1)).ToHaveTextAsync($"{Price} {Currency}");
        await Assertions.Expect(PartyPages.Cell(payout, 2)).ToHaveTextAsync("500");
        await Assertions.Expect(PartyPages.Cell(payout, 4)).ToHaveTextAsync("accepted");
        var txid = (await PartyPages.Cell(payout, 5).InnerTextAsync()).Trim();
        Assert.False(string.IsNullOrEmpty(txid), "The payout shows no txid.");
        await Screenshots.SaveAsync(page, "mg-payout");

        // The merchant lists the proof only once it verified it with the gateway's published key; delivery runs in the background.
        var proof = await WaitForReceivedProofAsync(page, txid);
        await Assertions.Expect(proof).ToContainTextAsync($"{Price} {Currency}");
        await Assertions.Expect(proof.Locator("td").Nth(1)).ToHaveTextAsync("200"); // issued by the gateway
        await Assertions.Expect(proof.Locator("td").Nth(2)).ToContainTextAsync("300"); // from the merchant gateway's balance
        await Screenshots.SaveAsync(page, "merchant-proofs");

        // Fund from the bank: a proof of 25.00 sent to the gateway for the merchant gateway.
        await page.GotoAsync(shop.ShopUrl + PartyPages.BankPath);
        await Assertions.Expect(page.GetByLabel($"Amount ({Currency})")).ToHaveValueAsync("25.00");
        await PartyPages.FundButton(page).ClickAsync(Waits.NavigatingClick);
        var funding = PartyPages.NewestRow(page, "Fundings sent");
        await WithLogsAsync(() => Assertions.Expect(PartyPages.Cell(funding, 4)).ToHaveTextAsync("accepted", TextWait));
        await Screenshots.SaveAsync(page, "bank-funding");

        await page.GotoAsync(shop.ShopUrl + PartyPages.MerchantGatewayPath);
        await Assertions.Expect(PartyPages.Balance(page, Currency)).ToHaveTextAsync("25.00");

        await AssertLedgerAsync();
    }

    /// <summary>
    /// The operator's view of the ledger agrees with the pages: the merchant gateway holds the funding, the merchant the
    /// payout, and debits equal credits in every currency.
    /// </summary>
    private async Task AssertLedgerAsync()
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, shop.GatewayUrl + "/operator/accounts");
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(Encoding.UTF8.GetBytes($"{shop.OperatorName}:{shop.OperatorPassword}")));
        using var response = await http.SendAsync(request, TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET /operator/accounts: {(int)response.StatusCode} {text}");
        using var json = JsonDocument.Parse(text);

        var partners = json.RootElement.GetProperty("accounts").EnumerateArray()
            .Where(a => a.GetProperty("kind").GetString() == "partner" && a.GetProperty("currency").GetString() == Currency)
            .ToDictionary(a => a.GetProperty("ocid").GetInt64(), a => Amount(a, "balance"));
        Assert.Equal(25.00m, partners[300]);
        Assert.Equal(12.50m, partners[500]);

        var trial = Assert.Single(json.RootElement.GetProperty("trial_balance").EnumerateArray());
        Assert.Equal(Currency, trial.GetProperty("currency").GetString());
        Assert.Equal(0m, Amount(trial, "difference"));
        Assert.Equal(0m, Amount(trial, "postings_sum"));
        Assert.Equal(Amount(trial, "debits"), Amount(trial, "credits"));

        // Kept as an artifact, so a run's report can quote the ledger as the browser left it.
        File.WriteAllText(Path.Combine(TestPaths.ArtifactFolder("ledger"), "money-flow-accounts.json"), text);
        TestContext.Current.AddAttachment("money-flow-accounts", text);
    }

    private static decimal Amount(JsonElement element, string name) =>
        decimal.Parse(element.GetProperty(name).GetString()!, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);

    /// <summary>Reloads the merchant's page until the proof <paramref name="txid"/> is listed (it has no auto-refresh).</summary>
    private async Task<ILocator> WaitForReceivedProofAsync(IPage page, string txid)
    {
        var deadline = DateTime.UtcNow.AddMilliseconds(Waits.NavigationMilliseconds);
        while (true)
        {
            await page.GotoAsync(shop.ShopUrl + PartyPages.MerchantPath);
            var row = PartyPages.ReceivedProof(page, txid);
            if (await row.CountAsync() == 1)
                return row;
            if (DateTime.UtcNow > deadline)
                throw new Xunit.Sdk.XunitException($"The merchant never listed proof {txid}:{Environment.NewLine}{await page.ContentAsync()}{Environment.NewLine}{shop.Logs()}");
            await Task.Delay(500, TestContext.Current.CancellationToken);
        }
    }

    private async Task WithLogsAsync(Func<Task> assertion)
    {
        try
        {
            await assertion();
        }
        catch (PlaywrightException exception)
        {
            // Without the apps' own words a missing credit or proof is hard to diagnose from CI.
            throw new Xunit.Sdk.XunitException($"{exception.Message}{Environment.NewLine}{shop.Logs()}");
        }
    }
}
