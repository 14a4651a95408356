using System.Net;
using PaymentGateway.IntegrationTests.Infrastructure;

namespace PaymentGateway.IntegrationTests.Transfers;

/// <summary>The operators' view of the ledger: accounts and trial balance, statements (JSON and CSV), receipts and allocation.</summary>
public sealed class OperatorLedgerTests(OperatorLedgerScenario scenario) : IClassFixture<OperatorLedgerScenario>
{
    [Fact]
    public async Task Accounts_show_a_side_nothing_was_posted_to_in_the_currency_minor_units()
    {
        // The untouched side holds the column default, which read "0.0" whatever the currency.
        await scenario.FundAsync(scenario.OtherGateway, "1500", "JPY");
        await scenario.FundAsync(scenario.OtherGateway, "1.250", "KWD");
        using var viewer = scenario.Operator("viewer", "viewer-pass-1");

        using var response = await viewer.GetAsync("/operator/accounts", TestContext.Current.CancellationToken);
        var json = await response.AssertOkJsonAsync();

        var accounts = json.GetProperty("accounts").EnumerateArray().ToDictionary(a => a.GetProperty("code").GetString()!);
        Assert.Equal("0", accounts["partner:301:JPY"].GetProperty("debits_posted").GetString());
        Assert.Equal("1500", accounts["partner:301:JPY"].GetProperty("credits_posted").GetString());
        Assert.Equal("0", accounts["settlement:100:JPY"].GetProperty("credits_posted").GetString());
        Assert.Equal("0.000", accounts["partner:301:KWD"].GetProperty("debits_posted").GetString());
        Assert.Equal("1.250", accounts["partner:301:KWD"].GetProperty("balance").GetString());
        var jpy = Assert.Single(json.GetProperty("trial_balance").EnumerateArray(), t => t.GetProperty("currency").GetString() == "JPY");
        Assert.Equal("1500", jpy.GetProperty("debits").GetString());
        Assert.Equal("0", jpy.GetProperty("difference").GetString());
    }

    [Fact]
    public async Task Accounts_show_every_balance_and_a_zero_trial_balance()
    {
        await scenario.FundAsync(scenario.MerchantGateway, "6.00", "EUR");
        using (var transfer = await scenario.TransferAsync(TransferScenario.TransferBody("op-1", scenario.Merchant.Ocid, "2.50", "EUR")))
            Assert.Equal(HttpStatusCode.OK, transfer.StatusCode);
        using var viewer = scenario.Operator("viewer", "viewer-pass-1");

        using var response = await viewer.GetAsync("/operator/accounts", TestContext.Current.CancellationToken);
        var json = await response.AssertOkJsonAsync();

        var balances = json.GetProperty("accounts").EnumerateArray().ToDictionary(a => a.GetProperty("code").GetString()!, a => a.GetProperty("balance").GetString());
        Assert.Equal("3.50", balances["partner:300:EUR"]);
        Assert.Equal("2.50", balances["partner:500:EUR"]);
        Assert.Equal("6.00", balances["settlement:100:EUR"]);
        var eur = Assert.Single(json.GetProperty("trial_balance").EnumerateArray(), t => t.GetProperty("currency").GetString() == "EUR");
        Assert.Equal("8.50", eur.GetProperty("debits").GetString());
        Assert.Equal("8.50", eur.GetProperty("credits").GetString());
        Assert.Equal(0m, decimal.Parse(eur.GetProperty("difference").GetString()!, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(0m, decimal.Parse(eur.GetProperty("postings_sum").GetString()!, System.Globalization.CultureInfo.InvariantCulture));

        using var anonymous = await scenario.Gateway.Client.GetAsync("/operator/accounts", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }

    [Fact]
    public async Task A_statement_has_a_running_balance_and_comes_as_csv_on_request()
    {
        await scenario.FundAsync(scenario.OtherGateway, "10.00", "GBP");
        using (var transfer = await scenario.TransferAsync(TransferScenario.TransferBody("op-2", scenario.Merchant.Ocid, "4.00", "GBP", memo: "=HYPERLINK(\"x\")"), scenario.OtherGateway))
            Assert.Equal(HttpStatusCode.OK, transfer.StatusCode);
        using var viewer = scenario.Operator("viewer", "viewer-pass-1");

        using var response = await viewer.GetAsync("/operator/accounts/301/statement?currency=GBP", TestContext.Current.CancellationToken);
        var json = await response.AssertOkJsonAsync();
        Assert.Equal(["10.00", "6.00"], json.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("balance").GetString()));
        Assert.Equal("6.00", json.GetProperty("closing_balance").GetString());

        using var csvRequest = new HttpRequestMessage(HttpMethod.Get, "/operator/accounts/301/statement?currency=GBP");
        csvRequest.Headers.Accept.ParseAdd("text/csv");
        using var csv = await viewer.SendAsync(csvRequest, TestContext.Current.CancellationToken);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var lines = (await csv.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("entry_id,posted_at,kind,txid,memo,debit,credit,balance", lines[0]);
        Assert.EndsWith(",,10.00,10.00", lines[1], StringComparison.Ordinal);
        Assert.Contains(",\"'=HYPERLINK(\"\"x\"\")\",4.00,,6.00", lines[2], StringComparison.Ordinal);

        using var none = await viewer.GetAsync("/operator/accounts/301/statement?currency=XYZ", TestContext.Current.CancellationToken);
        await none.AssertErrorAsync(HttpStatusCode.NotFound, "NOT_FOUND");
        using var bad = await viewer.GetAsync("/operator/accounts/301/statement", TestContext.Current.CancellationToken);
        await bad.AssertErrorAsync(HttpStatusCode.BadRequest, "INVALID_REQUEST");
    }

    [Fact]
    public async Task A_receipt_in_suspense_is_listed_and_an_admin_allocates_it_once_with_an_audit()
    {
        var proof = scenario.BankProof("unknown-customer", "9.99", "CHF");
        using (var received = await scenario.PostProofAsync(TransferScenario.Envelope(proof, scenario.Bank)))
            Assert.Equal(HttpStatusCode.OK, received.StatusCode);
        var txid = proof["txid"]!.GetValue<string>();
        using var admin = scenario.Operator("admin", "admin-pass-1");
        using var viewer = scenario.Operator("viewer", "viewer-pass-1");

        using var listed = await viewer.GetAsync("/operator/receipts?allocated=false", TestContext.Current.CancellationToken);
        var receipts = await listed.AssertOkJsonAsync();
        Assert.Contains(receipts.EnumerateArray(), r => r.GetProperty("txid").GetString() == txid);

        var path = $"/operator/receipts/100/{txid}/allocate";
        using var forbidden = await viewer.PostAsync(path, new StringContent("{\"ocid\":300}"), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        using var allocated = await admin.PostAsync(path, new StringContent("{\"ocid\":300}"), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, allocated.StatusCode);
        using var again = await admin.PostAsync(path, new StringContent("{\"ocid\":300}"), TestContext.Current.CancellationToken);
        await again.AssertErrorAsync(HttpStatusCode.Conflict, "CONFLICT");

        Assert.Equal(9.99m, await scenario.Ledger.BalanceAsync(scenario.MerchantGateway.Ocid, "CHF"));
        Assert.Equal(0m, await scenario.Ledger.ScalarAsync<decimal>("SELECT credits_posted - debits_posted FROM settlement.accounts WHERE code = 'suspense:CHF'"));
        Assert.Equal("admin", await scenario.Ledger.ScalarAsync<string>("SELECT allocated_by FROM settlement.receipts WHERE txid = $1", txid));
        await scenario.Ledger.AssertTrialBalanceIsZeroAsync();
    }

    [Theory]
    [InlineData("bank_%01x", "{\"ocid\":300}", "txid")]
    [InlineData("bank_x", "{\"ocid\":999999}", "ocid")]
    [InlineData("bank_x", "{\"ocid\":\"three\"}", "ocid")]
    public async Task A_bad_allocation_is_400_naming_the_field_and_books_nothing(string txid, string body, string field)
    {
        using var admin = scenario.Operator("admin", "admin-pass-1");

        using var response = await admin.PostAsync($"/operator/receipts/100/{txid}/allocate", new StringContent(body), TestContext.Current.CancellationToken);

        var error = await response.AssertErrorAsync(HttpStatusCode.BadRequest, "INVALID_REQUEST");
        Assert.True(error.GetProperty("details").TryGetProperty(field, out _), error.ToString());
        await scenario.Ledger.AssertTrialBalanceIsZeroAsync();
    }
}
