using System.Net;
using System.Text.Json;
using PaymentGateway.IntegrationTests.Infrastructure;

namespace PaymentGateway.IntegrationTests.Checkout;

public sealed class CreateCheckoutTests(GatewayScenario scenario) : IClassFixture<GatewayScenario>
{
    [Fact]
    public async Task A_signed_create_returns_a_session()
    {
        var response = await scenario.CreateCheckoutAsync();
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        using var json = JsonDocument.Parse(body);
        var sessionId = json.RootElement.GetProperty("session_id").GetString()!;
        Assert.Equal($"{scenario.Gateway.BaseUrl}/pay/{sessionId}", json.RootElement.GetProperty("checkout_url").GetString());
    }
}
