using System.Net;
using PaymentGateway.IntegrationTests.Infrastructure;

namespace PaymentGateway.IntegrationTests.Merchants;

/// <summary>
/// A partner whose metadata host refuses connections is the partner's problem (502 METADATA_UNAVAILABLE), not a
/// database outage (503 SERVICE_UNAVAILABLE): the connection error must not be mistaken for one.
/// </summary>
public sealed class UnreachableMetadataTests(UnreachableMetadataScenario scenario) : IClassFixture<UnreachableMetadataScenario>
{
    [Fact]
    public async Task A_caller_whose_metadata_host_refuses_connections_gets_502_METADATA_UNAVAILABLE()
    {
        var order = TestOrder.Create(scenario.Merchant.Ocid, [scenario.UnreachableGateway.Ocid]);
        var response = await scenario.Gateway.Client.SendSignedAsync(scenario.UnreachableGateway, HttpMethod.Post,
            scenario.BasePath + "/checkout/create", TestOrder.CheckoutBody(order, scenario.Merchant));

        await response.AssertErrorAsync(HttpStatusCode.BadGateway, "METADATA_UNAVAILABLE");
        Assert.False(response.Headers.Contains("Retry-After"), "a partner's outage is not ours to announce a retry for");
    }

    [Fact]
    public async Task A_merchant_whose_metadata_host_refuses_connections_gets_502_METADATA_UNAVAILABLE()
    {
        var order = TestOrder.Create(scenario.UnreachableMerchant.Ocid, [scenario.MerchantGateway.Ocid]);
        var response = await scenario.Gateway.Client.SendSignedAsync(scenario.MerchantGateway, HttpMethod.Post,
            scenario.BasePath + "/checkout/create", TestOrder.CheckoutBody(order, scenario.UnreachableMerchant));

        await response.AssertErrorAsync(HttpStatusCode.BadGateway, "METADATA_UNAVAILABLE");
    }
}
