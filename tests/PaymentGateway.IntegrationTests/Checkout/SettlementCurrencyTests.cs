using System.Net;
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
}
