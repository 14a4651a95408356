using System.Net;
using System.Text.Json.Nodes;
using PaymentGateway.IntegrationTests.Infrastructure;
using PaymentGateway.Opencharge;

namespace PaymentGateway.IntegrationTests.Checkout.HostedPage;

/// <summary>
/// An order signed with canonical variant T leaves nested fields (item names, quantities, prices) out of the signature,
/// so anyone on the way may have changed them. The page shows only what the merchant's signature covers.
/// </summary>
public sealed class UnsignedOrderDataTests(GatewayScenario scenario) : IClassFixture<GatewayScenario>
{
    private async Task<string> CreateAsync(JsonObject order, string signature)
    {
        using var response = await scenario.Gateway.Client.SendSignedAsync(scenario.MerchantGateway, HttpMethod.Post,
            scenario.BasePath + "/checkout/create", TestOrder.CheckoutBody(order, scenario.Merchant, signature));
        return (await response.AssertOkJsonAsync()).GetProperty("session_id").GetString()!;
    }

    [Fact]
    public async Task Items_changed_after_a_T_signature_are_not_shown_as_the_merchants()
    {
        var order = scenario.NewOrder(itemName: "Product A");
        var signature = scenario.Merchant.Key.Sign(CanonicalJson.Serialize(order, CanonicalVariant.T));
        // Outside what T covers: the signature still verifies after this change.
        order["items"]![0]!["name"] = "Gift card 1000 EUR (tampered)";
        order["items"]![0]!["price"] = "0.01";
        var sessionId = await CreateAsync(order, signature);
        Assert.Equal("T", await Database.ScalarAsync<string>(scenario.ConnectionString,
            "SELECT signature_variant FROM checkout.sessions WHERE id = $1", sessionId));
        using var browser = new CheckoutBrowser(scenario.Gateway);

        using var response = await browser.OpenAsync(sessionId);
        var html = await response.BodyAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("tampered", html);
        Assert.DoesNotContain("0.01", html);
        Assert.DoesNotContain("<td>", html);
        Assert.Contains("not covered by the merchant", html);
        // Top-level fields are covered by T: the amount and the memo are the merchant's.
        Assert.Contains(">Pay 99.99 USD</button>", html);
        Assert.Contains("Order from Merchant Store", html);
    }

    [Fact]
    public async Task Items_of_an_R_signed_order_are_shown_without_a_warning()
    {
        var order = scenario.NewOrder(itemName: "Product A");
        var sessionId = await CreateAsync(order, ObjectSignatures.Sign(scenario.Merchant.Key, order));
        using var browser = new CheckoutBrowser(scenario.Gateway);

        var html = await (await browser.OpenAsync(sessionId)).BodyAsync();

        Assert.Contains("<td>1</td><td>Product A</td>", html);
        Assert.DoesNotContain("not covered by the merchant", html);
    }

    [Fact]
    public async Task A_T_signed_order_without_items_shows_no_warning()
    {
        var order = scenario.NewOrder();
        order.Remove("items");
        var sessionId = await CreateAsync(order, scenario.Merchant.Key.Sign(CanonicalJson.Serialize(order, CanonicalVariant.T)));
        using var browser = new CheckoutBrowser(scenario.Gateway);

        var html = await (await browser.OpenAsync(sessionId)).BodyAsync();

        Assert.Contains("Order from Merchant Store", html);
        Assert.DoesNotContain("not covered by the merchant", html);
    }
}
