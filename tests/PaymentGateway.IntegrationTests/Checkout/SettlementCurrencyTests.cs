using System.Net;
using System.Text.Json;
using PaymentGateway.IntegrationTests.Infrastructure;

namespace PaymentGateway.IntegrationTests.Checkout;

public sealed class SettlementCurrencyTests(CurrencyRestrictedScenario scenario) : IClassFixture<CurrencyRestrictedScenario>
{
    [Fact]
    public async Task A_currency_we_do_not_settle_in_is_400_CURRENCY_NOT_SUPPORTED()
    {
        var order = TestOrder.Create(scenario.Merchant.Ocid, [scenario.MerchantGateway.Ocid], currency: "USD");
        await (await scenario.CreateCheckoutAsync(order)).AssertErrorAsync(HttpStatusCode.BadRequest, "CURRENCY_NOT_SUPPORTED");
    }

    [Fact]
    public async Task A_configured_currency_is_accepted()
    {
        var order = TestOrder.Create(scenario.Merchant.Ocid, [scenario.MerchantGateway.Ocid], currency: "KES");
        await (await scenario.CreateCheckoutAsync(order)).AssertOkJsonAsync();
    }

    [Fact]
    public async Task Our_metadata_publishes_the_currencies_of_the_Opencharge_SettlementCurrencies_key()
    {
        var response = await scenario.Gateway.Client.GetAsync(scenario.BasePath + "/metadata.json", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var settlement = document.RootElement.GetProperty("config").GetProperty("settlement");
        Assert.Equal(["EUR", "KES"], settlement.GetProperty("currencies").EnumerateArray().Select(c => c.GetString()));
        Assert.Empty(settlement.GetProperty("accepts").EnumerateArray());
    }
}
