using System.Net;
using System.Text.Json;
using PaymentGateway.IntegrationTests.Infrastructure;
using PaymentGateway.Opencharge;

namespace PaymentGateway.IntegrationTests.Api;

public sealed class MetadataTests(GatewayScenario scenario) : IClassFixture<GatewayScenario>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Metadata_is_public_nested_and_signed_with_our_key()
    {
        var response = await scenario.Gateway.Client.GetAsync(scenario.BasePath + "/metadata.json", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        var root = document.RootElement;
        var config = root.GetProperty("config");

        Assert.Equal("0.1", root.GetProperty("opencharge").GetString());
        Assert.Equal(GatewayHost.DefaultIdentity.Key.PublicKey.ToHex(), config.GetProperty("publicKey").GetString());
        Assert.Equal(scenario.Gateway.BaseUrl + "/opencharge", config.GetProperty("endpoint").GetString());
        Assert.Equal(["checkout.create", "transfer.create", "transfer.webhook"], config.GetProperty("capabilities").EnumerateArray().Select(c => c.GetString()));

        var signature = root.GetProperty("signature").GetString()!;
        Assert.Matches("^[0-9a-f]{128}(1b|1c)$", signature);
        var key = OpenchargePublicKey.Parse(config.GetProperty("publicKey").GetString()!);
        Assert.Equal(CanonicalVariant.R, ObjectSignatures.Verify(key, config, signature));
    }

    [Fact]
    public async Task Capabilities_answer_a_signed_request_from_a_partner()
    {
        var response = await scenario.Gateway.Client.SendSignedAsync(scenario.MerchantGateway, HttpMethod.Get, scenario.BasePath + "/capabilities");
        var json = await response.AssertOkJsonAsync();
        Assert.Equal(200, json.GetProperty("ocid").GetInt64());
        Assert.Equal(["checkout.create", "transfer.create", "transfer.webhook"], json.GetProperty("capabilities").EnumerateArray().Select(c => c.GetString()));
    }

    [Fact]
    public async Task Capabilities_refuse_an_unsigned_request()
    {
        var response = await scenario.Gateway.Client.GetAsync(scenario.BasePath + "/capabilities", Ct);
        await response.AssertErrorAsync(HttpStatusCode.Unauthorized, "INVALID_SIGNATURE");
    }
}
