using System.Net;
using System.Text.Json;
using PaymentGateway.IntegrationTests.Infrastructure;

namespace PaymentGateway.IntegrationTests.Transfers;

/// <summary>
/// Every amount fits the amount grammar (28 digits), but an account's totals are sums of many: eight top-ups of the
/// largest USD amount add up to more than a .NET decimal holds at two decimals. The ledger (unconstrained numeric)
/// books them exactly, and every view of it must read them exactly too instead of failing with a 500.
/// </summary>
public sealed class LedgerLimitTests(OperatorLedgerScenario scenario) : IClassFixture<OperatorLedgerScenario>
{
    private const string Largest = "99999999999999999999999999.99";
    private const string EightTimes = "799999999999999999999999999.92";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Totals_beyond_a_decimal_are_read_exactly_by_the_balance_the_statement_and_the_trial_balance()
    {
        for (var i = 0; i < 8; i++)
            await scenario.FundAsync(scenario.OtherGateway, Largest);

        using (var balance = await scenario.Gateway.Client.SendSignedAsync(scenario.OtherGateway, HttpMethod.Get, scenario.BasePath + "/accounts/balance", null))
        {
            var text = await balance.Content.ReadAsStringAsync(Ct);
            Assert.True(balance.StatusCode == HttpStatusCode.OK, text);
            using var json = JsonDocument.Parse(text);
            Assert.Equal(EightTimes, json.RootElement.GetProperty("balances")[0].GetProperty("available").GetString());
        }

        using var viewer = scenario.Operator("viewer", "viewer-pass-1");
        using (var accounts = await viewer.GetAsync("/operator/accounts", Ct))
        {
            var text = await accounts.Content.ReadAsStringAsync(Ct);
            Assert.True(accounts.StatusCode == HttpStatusCode.OK, text);
            using var json = JsonDocument.Parse(text);
            var partner = json.RootElement.GetProperty("accounts").EnumerateArray().Single(a => a.GetProperty("code").GetString() == $"partner:{scenario.OtherGateway.Ocid}:USD");
            Assert.Equal(EightTimes, partner.GetProperty("balance").GetString());
            var usd = json.RootElement.GetProperty("trial_balance").EnumerateArray().Single(t => t.GetProperty("currency").GetString() == "USD");
            Assert.Equal(EightTimes, usd.GetProperty("debits").GetString());
            Assert.Equal("0.00", usd.GetProperty("difference").GetString());
        }

        using (var statement = await viewer.GetAsync($"/operator/accounts/{scenario.OtherGateway.Ocid}/statement?currency=USD", Ct))
        {
            var text = await statement.Content.ReadAsStringAsync(Ct);
            Assert.True(statement.StatusCode == HttpStatusCode.OK, text);
            using var json = JsonDocument.Parse(text);
            Assert.Equal(EightTimes, json.RootElement.GetProperty("closing_balance").GetString());
        }
    }
}
