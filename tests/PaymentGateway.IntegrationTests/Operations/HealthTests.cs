using System.Net;
using System.Text.Json;
using PaymentGateway.IntegrationTests.Infrastructure;

namespace PaymentGateway.IntegrationTests.Operations;

public sealed class HealthTests(GatewayScenario scenario) : IClassFixture<GatewayScenario>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Live_answers_healthy_without_checking_dependencies()
    {
        using var response = await scenario.Gateway.Client.GetAsync("/health/live", Ct);
        var json = await response.AssertOkJsonAsync();
        Assert.Equal("Healthy", json.GetProperty("status").GetString());
        Assert.Empty(json.GetProperty("checks").EnumerateObject());
    }

    [Fact]
    public async Task Ready_checks_postgresql_and_the_hangfire_server_and_says_nothing_secret()
    {
        // The Hangfire server registers its first heartbeat a moment after start-up.
        using var response = await Eventually.GetAsync(() => scenario.Gateway.Client.GetAsync("/health/ready", Ct),
            r => r.StatusCode == HttpStatusCode.OK, because: "ready after start-up");
        var body = await response.Content.ReadAsStringAsync(Ct);
        var json = await response.AssertOkJsonAsync();
        Assert.Equal("Healthy", json.GetProperty("status").GetString());
        Assert.Equal("Healthy", json.GetProperty("checks").GetProperty("postgresql").GetProperty("status").GetString());
        Assert.Equal("Healthy", json.GetProperty("checks").GetProperty("hangfire").GetProperty("status").GetString());
        Assert.DoesNotContain("Password", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Host=", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(GatewayHost.DefaultIdentity.Key.ToHex(), body, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Health_is_outside_the_Opencharge_API_so_it_is_neither_authenticated_nor_signed()
    {
        using var response = await Eventually.GetAsync(() => scenario.Gateway.Client.GetAsync("/health/ready", Ct),
            r => r.StatusCode == HttpStatusCode.OK, because: "ready after start-up");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("X-OC-Signature"));
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        Assert.Equal(JsonValueKind.Object, document.RootElement.GetProperty("checks").ValueKind);
    }
}
