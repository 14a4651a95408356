using System.Net;
using PaymentGateway.IntegrationTests.Infrastructure;

namespace PaymentGateway.IntegrationTests.Transfers;

/// <summary>The partner views: GET /accounts/balance and GET /transfers/{txid} (signed requests, extensions of this gateway).</summary>
public sealed class PartnerViewTests(TransferScenario scenario) : IClassFixture<TransferScenario>
{
    [Fact]
    public async Task The_balance_shows_each_currency_of_the_caller_as_an_exact_string()
    {
        await scenario.FundAsync(scenario.OtherGateway, "8.50", "EUR");
        await scenario.FundAsync(scenario.OtherGateway, "1.000", "BHD");

        using var response = await scenario.Gateway.Client.SendSignedAsync(scenario.OtherGateway, HttpMethod.Get, scenario.BasePath + "/accounts/balance");
        var json = await response.AssertOkJsonAsync();

        Assert.Equal(301, json.GetProperty("ocid").GetInt64());
        Assert.Equal(["BHD 1.000", "EUR 8.50"],
            json.GetProperty("balances").EnumerateArray().Select(b => b.GetProperty("currency").GetString() + " " + b.GetProperty("available").GetString()));

        using var unsigned = await scenario.Gateway.Client.GetAsync(scenario.BasePath + "/accounts/balance", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Unauthorized, unsigned.StatusCode);
    }

    [Fact]
    public async Task A_transfer_is_visible_to_its_sender_and_recipient_only_with_its_delivery_state()
    {
        await scenario.FundAsync(scenario.MerchantGateway, "2.00", "USD");
        using var created = await scenario.TransferAsync(TransferScenario.TransferBody("view-1", scenario.Merchant.Ocid, "2.00"));
        var answer = await created.AssertOkJsonAsync();
        var txid = answer.GetProperty("proof").GetProperty("txid").GetString()!;
        var path = scenario.BasePath + "/transfers/" + txid;

        foreach (var party in new[] { scenario.MerchantGateway, scenario.Merchant })
        {
            var json = await Eventually.GetAsync(async () =>
            {
                using var response = await scenario.Gateway.Client.SendSignedAsync(party, HttpMethod.Get, path);
                return await response.AssertOkJsonAsync();
            }, j => j.GetProperty("delivery").GetProperty("state").GetString() == "delivered", TimeSpan.FromSeconds(60), "delivered");
            Assert.Equal(answer.GetProperty("proof").GetRawText(), json.GetProperty("proof").GetRawText());
            Assert.Equal(answer.GetProperty("signature").GetString(), json.GetProperty("signature").GetString());
        }

        using var stranger = await scenario.Gateway.Client.SendSignedAsync(scenario.OtherGateway, HttpMethod.Get, path);
        await stranger.AssertErrorAsync(HttpStatusCode.NotFound, "NOT_FOUND");
        using var unknown = await scenario.Gateway.Client.SendSignedAsync(scenario.MerchantGateway, HttpMethod.Get, scenario.BasePath + "/transfers/pg_nothing");
        await unknown.AssertErrorAsync(HttpStatusCode.NotFound, "NOT_FOUND");
    }
}
