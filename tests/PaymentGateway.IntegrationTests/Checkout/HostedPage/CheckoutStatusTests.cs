using System.Net;
using System.Text.Json;
using PaymentGateway.IntegrationTests.Infrastructure;

namespace PaymentGateway.IntegrationTests.Checkout.HostedPage;

public sealed class CheckoutStatusTests(GatewayScenario scenario) : IClassFixture<GatewayScenario>
{
    [Fact]
    public async Task The_creator_reads_a_pending_session()
    {
        var order = scenario.NewOrder(amount: "12.50");
        var sessionId = await scenario.CreateAsync(order);

        using var json = await ReadStatusAsync(scenario.MerchantGateway, sessionId, HttpStatusCode.OK);

        var root = json.RootElement;
        Assert.Equal(sessionId, root.GetProperty("session_id").GetString());
        Assert.Equal("pending", root.GetProperty("status").GetString());
        Assert.Equal(order["id"]!.GetValue<string>(), root.GetProperty("order_id").GetString());
        Assert.Equal("12.50", root.GetProperty("amount").GetString());
        Assert.Equal("USD", root.GetProperty("currency").GetString());
        Assert.True(root.GetProperty("expires_at").GetInt64() > SignedRequests.Now());
        Assert.False(root.TryGetProperty("completed_at", out _));
        Assert.False(root.TryGetProperty("proof", out _));
    }

    [Fact]
    public async Task A_completed_session_carries_its_completion_time_and_the_proof_as_an_object()
    {
        var sessionId = await scenario.CreateAsync();
        using (var browser = new CheckoutBrowser(scenario.Gateway))
        using (var paid = await browser.PayAsync(sessionId, await browser.TokenAsync(sessionId)))
            Assert.Equal(HttpStatusCode.SeeOther, paid.StatusCode);

        using var json = await ReadStatusAsync(scenario.MerchantGateway, sessionId, HttpStatusCode.OK);

        var root = json.RootElement;
        Assert.Equal("completed", root.GetProperty("status").GetString());
        Assert.True(root.GetProperty("completed_at").GetInt64() > 0);
        if (root.TryGetProperty("proof", out var proof))
        {
            // Settlement may not have issued it yet; once it has, it is the proof object, not a string.
            Assert.Equal(JsonValueKind.Object, proof.ValueKind);
            Assert.Equal(JsonValueKind.String, root.GetProperty("signature").ValueKind);
        }
    }

    [Fact]
    public async Task A_pending_session_past_its_expiry_reads_as_expired()
    {
        // Five seconds ahead: a create delayed past the order's expiry (a cold start on a busy machine) would be refused
        // with ORDER_EXPIRED.
        var expiresAt = SignedRequests.Now() + 5;
        var sessionId = await scenario.CreateAsync(scenario.NewOrder(expiresAt: expiresAt));
        var wait = DateTimeOffset.FromUnixTimeSeconds(expiresAt) - DateTimeOffset.UtcNow + TimeSpan.FromSeconds(1.2);
        if (wait > TimeSpan.Zero)
            await Task.Delay(wait, TestContext.Current.CancellationToken);

        using var json = await ReadStatusAsync(scenario.MerchantGateway, sessionId, HttpStatusCode.OK);

        Assert.Equal("expired", json.RootElement.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Another_party_gets_the_same_404_as_for_an_unknown_session()
    {
        var sessionId = await scenario.CreateAsync();

        using var other = await ReadStatusAsync(scenario.OtherGateway, sessionId, HttpStatusCode.NotFound);
        using var unknown = await ReadStatusAsync(scenario.MerchantGateway, "cs_unknown", HttpStatusCode.NotFound);

        Assert.Equal("SESSION_NOT_FOUND", other.RootElement.GetProperty("error").GetProperty("code").GetString());
        Assert.Equal("SESSION_NOT_FOUND", unknown.RootElement.GetProperty("error").GetProperty("code").GetString());
    }

    private async Task<JsonDocument> ReadStatusAsync(TestParty caller, string sessionId, HttpStatusCode expected)
    {
        using var response = await scenario.Gateway.Client.SendSignedAsync(caller, HttpMethod.Get, $"{scenario.BasePath}/checkout/{sessionId}");
        var body = await response.BodyAsync();
        Assert.True(response.StatusCode == expected, $"{response.StatusCode}: {body}");
        return JsonDocument.Parse(body);
    }
}
