using System.Net;
using PaymentGateway.IntegrationTests.Infrastructure;

namespace PaymentGateway.IntegrationTests.Api;

/// <summary>
/// A partner's metadata document with text the JSON reader accepts but cannot read (an escaped lone surrogate) is an
/// unusable document: 502 METADATA_UNAVAILABLE to the request that needed it, never a 500.
/// </summary>
public sealed class HostileMetadataTests(GatewayScenario scenario) : IClassFixture<GatewayScenario>
{
    private static string LoneSurrogateName(string document) =>
        document.Replace("\"name\":\"", "\"name\":\"\\ud800", StringComparison.Ordinal);

    [Fact]
    public async Task A_caller_whose_metadata_cannot_be_read_is_502()
    {
        scenario.Partners.EditMetadata(scenario.OtherGateway.Ocid, LoneSurrogateName);
        var order = TestOrder.Create(scenario.Merchant.Ocid, [scenario.OtherGateway.Ocid]);

        using var response = await scenario.CreateCheckoutAsync(order, caller: scenario.OtherGateway);

        await response.AssertErrorAsync(HttpStatusCode.BadGateway, "METADATA_UNAVAILABLE");
    }

    [Fact]
    public async Task A_merchant_whose_metadata_cannot_be_read_is_502()
    {
        scenario.Partners.EditMetadata(scenario.OfflineMerchant.Ocid, LoneSurrogateName);
        scenario.Partners.SetMetadataAvailable(scenario.OfflineMerchant.Ocid, true);
        var order = TestOrder.Create(scenario.OfflineMerchant.Ocid, [scenario.MerchantGateway.Ocid]);

        using var response = await scenario.Gateway.Client.SendSignedAsync(scenario.MerchantGateway, HttpMethod.Post,
            scenario.BasePath + "/checkout/create", TestOrder.CheckoutBody(order, scenario.OfflineMerchant));

        await response.AssertErrorAsync(HttpStatusCode.BadGateway, "METADATA_UNAVAILABLE");
    }
}
