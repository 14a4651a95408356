using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using PaymentGateway.IntegrationTests.Infrastructure;

namespace PaymentGateway.IntegrationTests.Checkout.HostedPage;

internal static class CheckoutSessions
{
    /// <summary>Creates a session through the front door (the merchant gateway's signed create) and returns its id.</summary>
    public static async Task<string> CreateAsync(this GatewayScenario scenario, JsonObject? order = null)
    {
        using var response = await scenario.CreateCheckoutAsync(order);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        using var json = JsonDocument.Parse(body);
        return json.RootElement.GetProperty("session_id").GetString()!;
    }

    public static Task<string> BodyAsync(this HttpResponseMessage response) =>
        response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
}
