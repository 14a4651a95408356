using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.Json;
using PaymentGateway.IntegrationTests.Infrastructure;
using PaymentGateway.Opencharge;

namespace PaymentGateway.IntegrationTests.Checkout;

/// <summary>
/// Hostile text and numbers in a signed /checkout/create: every one is a 400 INVALID_REQUEST naming the field, never a
/// 500, and nothing is stored. The bodies are written as raw JSON text because a JSON library would not produce them.
/// </summary>
public sealed class HostileCreateInputTests(GatewayScenario scenario) : IClassFixture<GatewayScenario>
{
    private const string Marker = "MARKER";

    private Task<HttpResponseMessage> PostAsync(byte[] body) =>
        scenario.Gateway.Client.SendAsync(SignedRequests.Create(scenario.MerchantGateway, HttpMethod.Post,
            scenario.BasePath + "/checkout/create", body), TestContext.Current.CancellationToken);

    /// <summary>A merchant-signed create body in which <see cref="Marker"/>, set by <paramref name="mark"/>, becomes <paramref name="raw"/>.</summary>
    private byte[] Body(Action<JsonObject> mark, string raw) => Body(mark, Marker, raw);

    /// <summary>As <see cref="Body(Action{JsonObject}, string)"/>, with the marker's quotes replaced too: a raw JSON number.</summary>
    private byte[] NumberBody(Action<JsonObject> mark, string raw) => Body(mark, "\"" + Marker + "\"", raw);

    /// <summary>
    /// The order is signed by the merchant over exactly the hostile text (as a JavaScript signer would sign it), so that
    /// only our checks of the text can refuse it, not the order signature.
    /// </summary>
    private byte[] Body(Action<JsonObject> mark, string marker, string raw)
    {
        var order = scenario.NewOrder();
        mark(order);
        var orderText = order.ToJsonString();
        Assert.Contains(marker, orderText);
        var orderBytes = Encoding.UTF8.GetBytes(orderText.Replace(marker, raw, StringComparison.Ordinal));
        var signature = new string('0', 130);
        try
        {
            using var parsed = JsonDocument.Parse(orderBytes);
            signature = scenario.Merchant.Key.Sign(CanonicalJson.Serialize(parsed.RootElement));
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException or ArgumentException or FormatException)
        {
            // Not JSON a signer could read (e.g. bytes that are not UTF-8): any signature will do.
        }
        var head = Encoding.UTF8.GetBytes("{\"order\":");
        var tail = Encoding.UTF8.GetBytes($",\"signature\":\"{signature}\",\"merchantOcid\":{scenario.Merchant.Ocid}," +
            "\"urls\":{\"success\":\"https://merchant.example/ok\",\"cancel\":\"https://merchant.example/no\"}}");
        return [.. head, .. orderBytes, .. tail];
    }

    private async Task AssertRefusedAsync(byte[] body, string field)
    {
        var before = await SessionCountAsync();
        var error = await (await PostAsync(body)).AssertErrorAsync(HttpStatusCode.BadRequest, "INVALID_REQUEST");
        Assert.True(error.TryGetProperty("details", out var details) && details.TryGetProperty(field, out _),
            $"details should name {field}: {error}");
        Assert.Equal(before, await SessionCountAsync());
    }

    private Task<long> SessionCountAsync() =>
        Database.ScalarAsync<long>(scenario.ConnectionString, "SELECT count(*) FROM checkout.sessions");

    [Theory]
    [InlineData("id", "\\ud800", "order.id")]
    [InlineData("id", "x\\udc00", "order.id")]
    [InlineData("id", "\\u0000", "order.id")]
    [InlineData("id", "a\\u0007b", "order.id")]
    [InlineData("id", "a\\u007fb", "order.id")]
    [InlineData("memo", "\\ud800", "order.memo")]
    [InlineData("memo", "before\\u0000after", "order.memo")]
    [InlineData("reference", "\\u0000", "order.reference")]
    [InlineData("reference", "\\udbff", "order.reference")]
    [InlineData("amount", "1\\ud800", "order.amount")]
    public async Task A_lone_surrogate_or_control_character_in_an_order_string_is_refused(string property, string raw, string field)
    {
        await AssertRefusedAsync(Body(order => order[property] = Marker, raw), field);
    }

    [Theory]
    [InlineData("name", "\\ud800", "order.items[0].name")]
    [InlineData("name", "\\u0000", "order.items[0].name")]
    [InlineData("id", "\\u0000", "order.items[0].id")]
    [InlineData("price", "\\udfff", "order.items[0].price")]
    public async Task A_lone_surrogate_or_control_character_in_an_item_is_refused(string property, string raw, string field)
    {
        await AssertRefusedAsync(Body(order => order["items"]![0]![property] = Marker, raw), field);
    }

    [Theory]
    [InlineData("\\ud800", "order")]
    [InlineData("\\u0000", "order")]
    public async Task A_bad_property_name_in_the_order_is_refused(string raw, string field)
    {
        await AssertRefusedAsync(Body(order => order[Marker] = "x", raw), field);
    }

    [Fact]
    public async Task A_bad_property_name_in_an_item_is_refused()
    {
        await AssertRefusedAsync(Body(order => order["items"]![0]![Marker] = "x", "\\ud800"), "order.items[0]");
    }

    [Theory]
    [InlineData("\"amount\":\"0.01\",\"amount\"", "order")] // which one counts depends on the JSON library
    [InlineData("\"amount\":\"0.01\",\"\\u0061mount\"", "order")] // the same name, escaped
    public async Task A_repeated_property_name_in_the_order_is_refused(string raw, string field)
    {
        await AssertRefusedAsync(Body(order => { }, "\"amount\"", raw), field);
    }

    [Fact]
    public async Task A_repeated_property_name_in_an_item_or_at_the_top_is_refused()
    {
        await AssertRefusedAsync(Body(order => { }, "\"name\"", "\"name\":\"Free\",\"name\""), "order.items[0]");
        var text = TestOrder.CheckoutBody(scenario.NewOrder(), scenario.Merchant);
        await AssertRefusedAsync(Encoding.UTF8.GetBytes("{\"merchantOcid\":1," + text[1..]), "body");
    }

    [Fact]
    public async Task A_lone_surrogate_in_a_top_level_property_name_is_refused()
    {
        var text = TestOrder.CheckoutBody(scenario.NewOrder(), scenario.Merchant);
        await AssertRefusedAsync(Encoding.UTF8.GetBytes("{\"\\ud800\":1," + text[1..]), "body");
    }

    [Theory]
    [InlineData("id", "order.id")]
    [InlineData("memo", "order.memo")]
    public async Task Invalid_utf8_in_a_string_value_is_refused(string property, string field)
    {
        var body = Body(order => order[property] = Marker, "\u0001");
        var at = Array.IndexOf(body, (byte)1);
        body[at] = 0xFF; // a byte that never occurs in UTF-8
        await AssertRefusedAsync(body, field);
    }

    [Fact]
    public async Task Invalid_utf8_in_a_property_name_is_refused()
    {
        var body = Body(order => order[Marker] = "x", "\u0001");
        body[Array.IndexOf(body, (byte)1)] = 0xC3; // a lead byte followed by '"': a truncated sequence
        await AssertRefusedAsync(body, "order");
    }

    [Fact]
    public async Task An_overlong_utf8_encoding_is_refused()
    {
        var body = Body(order => order["memo"] = Marker, "\u0001\u0001");
        var at = Array.IndexOf(body, (byte)1);
        body[at] = 0xC0; // C0 AF: an overlong '/', forbidden in UTF-8
        body[at + 1] = 0xAF;
        await AssertRefusedAsync(body, "order.memo");
    }

    [Theory]
    [InlineData("253402300800")] // 10000-01-01T00:00:00Z: past what a date can hold
    [InlineData("9223372036854775807")]
    [InlineData("-62135596801")]
    [InlineData("-9223372036854775808")]
    [InlineData("1e30")]
    [InlineData("1E400")]
    [InlineData("253402300800.0")]
    public async Task An_expiry_beyond_what_a_date_can_hold_is_refused(string raw)
    {
        await AssertRefusedAsync(NumberBody(order => order["expiresAt"] = Marker, raw), "order.expiresAt");
    }

    [Theory]
    [InlineData("9223372036854775807")]
    [InlineData("-1")]
    [InlineData("1e30")]
    public async Task A_creation_time_beyond_what_a_date_can_hold_is_refused(string raw)
    {
        await AssertRefusedAsync(NumberBody(order => order["createdAt"] = Marker, raw), "order.createdAt");
    }

    [Theory]
    [InlineData("1e400")]
    [InlineData("-1e400")]
    [InlineData("1e-400")]
    public async Task An_item_quantity_beyond_a_double_is_refused(string raw)
    {
        await AssertRefusedAsync(NumberBody(order => order["items"]![0]!["quantity"] = Marker, raw), "order.items[0].quantity");
    }

    [Theory]
    [InlineData("9223372036854775808")]
    [InlineData("1e30")]
    public async Task An_ocid_in_accepts_beyond_64_bits_is_refused(string raw)
    {
        await AssertRefusedAsync(NumberBody(order => order["accepts"] = new JsonArray(Marker), raw), "order.accepts");
    }

    [Fact]
    public async Task A_tab_or_line_break_in_the_memo_and_item_names_is_kept()
    {
        var order = scenario.NewOrder();
        order["memo"] = "Line one\nLine two\tand a tab";
        order["items"]![0]!["name"] = "Mug\r\nblue";
        using var response = await scenario.CreateCheckoutAsync(order);
        await response.AssertOkJsonAsync();
    }
}
