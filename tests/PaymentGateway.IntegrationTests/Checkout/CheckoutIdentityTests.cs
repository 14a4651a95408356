using System.Net;
using System.Text.Json.Nodes;
using PaymentGateway.IntegrationTests.Checkout.HostedPage;
using PaymentGateway.IntegrationTests.Infrastructure;

namespace PaymentGateway.IntegrationTests.Checkout;

/// <summary>
/// One merchant order, one payable checkout: (merchant OCID, order.id) identifies a session whoever asks for it. An
/// order accepting both the merchant gateway and us can be brought here by the MG or by the merchant itself; only the
/// first gets a session, the other a 409 that does not reveal it.
/// </summary>
public sealed class CheckoutIdentityTests(GatewayScenario scenario) : IClassFixture<GatewayScenario>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>An order both the merchant gateway and the merchant (settling with us directly) may bring here.</summary>
    private JsonObject OrderForBoth() =>
        TestOrder.Create(scenario.Merchant.Ocid, [scenario.MerchantGateway.Ocid, GatewayHost.DefaultIdentity.Ocid]);

    private Task<HttpResponseMessage> CreateAsync(JsonObject order, TestParty caller) =>
        scenario.CreateCheckoutAsync(order, caller);

    [Fact]
    public async Task The_merchant_creating_its_gateways_order_again_is_409_ORDER_CONFLICT_without_the_session_id()
    {
        var order = OrderForBoth();
        var first = await (await CreateAsync(order, scenario.MerchantGateway)).AssertOkJsonAsync();
        var sessionId = first.GetProperty("session_id").GetString()!;

        using var second = await CreateAsync(order, scenario.Merchant);
        var body = await second.Content.ReadAsStringAsync(Ct);
        var error = await second.AssertErrorAsync(HttpStatusCode.Conflict, "ORDER_CONFLICT");
        Assert.DoesNotContain(sessionId, body, StringComparison.Ordinal);
        Assert.False(error.TryGetProperty("details", out var details) && details.TryGetProperty("sessionId", out _));
        Assert.Equal(1L, await SessionCountAsync(order));
    }

    [Fact]
    public async Task The_gateway_creating_an_order_the_merchant_already_created_is_409_ORDER_CONFLICT()
    {
        var order = OrderForBoth();
        var first = await (await CreateAsync(order, scenario.Merchant)).AssertOkJsonAsync();

        using var second = await CreateAsync(order, scenario.MerchantGateway);
        var body = await second.Content.ReadAsStringAsync(Ct);
        await second.AssertErrorAsync(HttpStatusCode.Conflict, "ORDER_CONFLICT");
        Assert.DoesNotContain(first.GetProperty("session_id").GetString()!, body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_first_caller_repeating_its_create_still_gets_its_session_after_another_caller_was_refused()
    {
        var order = OrderForBoth();
        var first = await (await CreateAsync(order, scenario.MerchantGateway)).AssertOkJsonAsync();
        await (await CreateAsync(order, scenario.Merchant)).AssertErrorAsync(HttpStatusCode.Conflict, "ORDER_CONFLICT");

        var again = await (await CreateAsync(order, scenario.MerchantGateway)).AssertOkJsonAsync();
        Assert.Equal(first.GetProperty("session_id").GetString(), again.GetProperty("session_id").GetString());
        Assert.Equal(first.GetProperty("expires_at").GetInt64(), again.GetProperty("expires_at").GetInt64());
    }

    [Fact]
    public async Task Two_callers_racing_for_one_order_get_one_session_between_them()
    {
        var order = OrderForBoth();
        var callers = Enumerable.Range(0, 20).Select(i => i % 2 == 0 ? scenario.MerchantGateway : scenario.Merchant).ToList();
        var responses = await Task.WhenAll(callers.Select(caller => CreateAsync(order, caller)));

        var winners = new HashSet<long>();
        var sessionIds = new HashSet<string>();
        for (var i = 0; i < responses.Length; i++)
        {
            using var response = responses[i];
            if (response.StatusCode == HttpStatusCode.OK)
            {
                winners.Add(callers[i].Ocid);
                sessionIds.Add((await response.AssertOkJsonAsync()).GetProperty("session_id").GetString()!);
            }
            else
            {
                await response.AssertErrorAsync(HttpStatusCode.Conflict, "ORDER_CONFLICT");
            }
        }
        Assert.Single(winners);
        Assert.Single(sessionIds);
        Assert.Equal(10, responses.Count(r => r.StatusCode == HttpStatusCode.OK));
        Assert.Equal(1L, await SessionCountAsync(order));
    }

    [Fact]
    public async Task An_order_paid_through_its_gateway_cannot_be_opened_for_payment_again_by_the_merchant()
    {
        var order = OrderForBoth();
        var sessionId = await scenario.CreateAsync(order);
        using var browser = new CheckoutBrowser(scenario.Gateway);
        using (var paid = await browser.PayAsync(sessionId, await browser.TokenAsync(sessionId)))
            Assert.Equal(HttpStatusCode.SeeOther, paid.StatusCode);

        await (await CreateAsync(order, scenario.Merchant)).AssertErrorAsync(HttpStatusCode.Conflict, "ORDER_CONFLICT");
        Assert.Equal(1L, await SessionCountAsync(order));
        Assert.Equal(1L, await Database.ScalarAsync<long>(scenario.ConnectionString,
            "SELECT count(*) FROM checkout.sessions WHERE order_id = $1 AND status = 'completed'", OrderId(order)));
    }

    private Task<long> SessionCountAsync(JsonObject order) =>
        Database.ScalarAsync<long>(scenario.ConnectionString, "SELECT count(*) FROM checkout.sessions WHERE order_id = $1", OrderId(order));

    private static string OrderId(JsonObject order) => order["id"]!.GetValue<string>();
}
