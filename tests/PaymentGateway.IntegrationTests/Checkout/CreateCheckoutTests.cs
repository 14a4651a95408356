using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using PaymentGateway.IntegrationTests.Infrastructure;
using PaymentGateway.Opencharge;

namespace PaymentGateway.IntegrationTests.Checkout;

/// <summary>POST /opencharge/checkout/create end to end: real HTTP, real PostgreSQL, real partner metadata.</summary>
public sealed class CreateCheckoutTests(GatewayScenario scenario) : IClassFixture<GatewayScenario>
{
    private Task<HttpResponseMessage> PostAsync(string body, TestParty? caller = null) =>
        scenario.Gateway.Client.SendSignedAsync(caller ?? scenario.MerchantGateway, HttpMethod.Post, scenario.BasePath + "/checkout/create", body);

    [Fact]
    public async Task A_signed_create_stores_a_pending_session_with_the_order_as_received()
    {
        var order = scenario.NewOrder(amount: "10.50");
        var json = await (await PostAsync(TestOrder.CheckoutBody(order, scenario.Merchant))).AssertOkJsonAsync();

        var sessionId = json.GetProperty("session_id").GetString()!;
        Assert.Equal($"{scenario.Gateway.BaseUrl}/pay/{sessionId}", json.GetProperty("checkout_url").GetString());
        var expiresAt = json.GetProperty("expires_at").GetInt64();
        Assert.InRange(expiresAt - SignedRequests.Now(), 30 * 60 - 10, 30 * 60);

        Assert.Equal("pending", await Database.ScalarAsync<string>(scenario.ConnectionString, "SELECT status FROM checkout.sessions WHERE id = $1", sessionId));
        Assert.Equal("10.50", await Database.ScalarAsync<string>(scenario.ConnectionString, "SELECT amount FROM checkout.sessions WHERE id = $1", sessionId));
        Assert.Equal(order.ToJsonString(), await Database.ScalarAsync<string>(scenario.ConnectionString, "SELECT order_json FROM checkout.sessions WHERE id = $1", sessionId));
        Assert.Equal(300L, await Database.ScalarAsync<long>(scenario.ConnectionString, "SELECT caller_ocid FROM checkout.sessions WHERE id = $1", sessionId));
        Assert.Equal("R", await Database.ScalarAsync<string>(scenario.ConnectionString, "SELECT signature_variant FROM checkout.sessions WHERE id = $1", sessionId));
    }

    [Fact]
    public async Task The_session_expires_with_the_order_when_the_order_expires_sooner()
    {
        var orderExpiry = SignedRequests.Now() + 120;
        var json = await (await PostAsync(TestOrder.CheckoutBody(scenario.NewOrder(expiresAt: orderExpiry), scenario.Merchant))).AssertOkJsonAsync();
        Assert.Equal(orderExpiry, json.GetProperty("expires_at").GetInt64());
    }

    [Fact]
    public async Task An_order_signed_with_the_T_canonicalisation_is_accepted_and_recorded_as_T()
    {
        var order = scenario.NewOrder();
        var signature = scenario.Merchant.Key.Sign(CanonicalJson.Serialize(order, CanonicalVariant.T));
        var json = await (await PostAsync(TestOrder.CheckoutBody(order, scenario.Merchant, signature))).AssertOkJsonAsync();
        Assert.Equal("T", await Database.ScalarAsync<string>(scenario.ConnectionString,
            "SELECT signature_variant FROM checkout.sessions WHERE id = $1", json.GetProperty("session_id").GetString()!));
    }

    [Fact]
    public async Task The_urls_may_be_spelt_completed_and_cancelled()
    {
        var order = scenario.NewOrder();
        var body = JsonNode.Parse(TestOrder.CheckoutBody(order, scenario.Merchant))!.AsObject();
        body["urls"] = new JsonObject { ["completed"] = "https://m.example/ok", ["cancelled"] = "https://m.example/no" };
        var json = await (await PostAsync(body.ToJsonString())).AssertOkJsonAsync();
        Assert.Equal("https://m.example/ok", await Database.ScalarAsync<string>(scenario.ConnectionString,
            "SELECT success_url FROM checkout.sessions WHERE id = $1", json.GetProperty("session_id").GetString()!));
    }

    [Fact]
    public async Task A_merchant_may_call_directly_when_its_order_accepts_us()
    {
        var order = TestOrder.Create(scenario.Merchant.Ocid, [GatewayHost.DefaultIdentity.Ocid]);
        await (await PostAsync(TestOrder.CheckoutBody(order, scenario.Merchant), scenario.Merchant)).AssertOkJsonAsync();
    }

    [Fact]
    public async Task A_tampered_order_is_400_INVALID_SIGNATURE()
    {
        var order = scenario.NewOrder(amount: "99.99");
        var signature = ObjectSignatures.Sign(scenario.Merchant.Key, order);
        order["amount"] = "9.99";
        await (await PostAsync(TestOrder.CheckoutBody(order, scenario.Merchant, signature))).AssertErrorAsync(HttpStatusCode.BadRequest, "INVALID_SIGNATURE");
    }

    [Fact]
    public async Task A_high_S_order_signature_is_400_INVALID_SIGNATURE()
    {
        var order = scenario.NewOrder();
        var highS = Signatures.HighSTwin(ObjectSignatures.Sign(scenario.Merchant.Key, order));
        await (await PostAsync(TestOrder.CheckoutBody(order, scenario.Merchant, highS))).AssertErrorAsync(HttpStatusCode.BadRequest, "INVALID_SIGNATURE");
    }

    [Fact]
    public async Task An_order_signed_by_someone_else_is_400_INVALID_SIGNATURE()
    {
        var order = scenario.NewOrder();
        var signature = ObjectSignatures.Sign(scenario.MerchantGateway.Key, order);
        await (await PostAsync(TestOrder.CheckoutBody(order, scenario.Merchant, signature))).AssertErrorAsync(HttpStatusCode.BadRequest, "INVALID_SIGNATURE");
    }

    [Fact]
    public async Task A_merchant_outside_our_directory_is_400_UNKNOWN_OCID()
    {
        var order = TestOrder.Create(scenario.Stranger.Ocid, [scenario.MerchantGateway.Ocid]);
        await (await PostAsync(TestOrder.CheckoutBody(order, scenario.Stranger))).AssertErrorAsync(HttpStatusCode.BadRequest, "UNKNOWN_OCID");
    }

    [Fact]
    public async Task A_merchant_whose_metadata_is_unreachable_is_502_METADATA_UNAVAILABLE()
    {
        var order = TestOrder.Create(scenario.OfflineMerchant.Ocid, [scenario.MerchantGateway.Ocid]);
        await (await PostAsync(TestOrder.CheckoutBody(order, scenario.OfflineMerchant))).AssertErrorAsync(HttpStatusCode.BadGateway, "METADATA_UNAVAILABLE");
    }

    [Fact]
    public async Task An_expired_order_is_400_ORDER_EXPIRED()
    {
        var order = scenario.NewOrder(expiresAt: SignedRequests.Now() - 1);
        await (await PostAsync(TestOrder.CheckoutBody(order, scenario.Merchant))).AssertErrorAsync(HttpStatusCode.BadRequest, "ORDER_EXPIRED");
    }

    [Fact]
    public async Task A_gateway_the_order_does_not_accept_is_400_SETTLEMENT_NOT_SUPPORTED()
    {
        await (await PostAsync(TestOrder.CheckoutBody(scenario.NewOrder(), scenario.Merchant), scenario.OtherGateway))
            .AssertErrorAsync(HttpStatusCode.BadRequest, "SETTLEMENT_NOT_SUPPORTED");
    }

    [Fact]
    public async Task A_merchant_calling_directly_without_accepting_us_is_400_SETTLEMENT_NOT_SUPPORTED()
    {
        await (await PostAsync(TestOrder.CheckoutBody(scenario.NewOrder(), scenario.Merchant), scenario.Merchant))
            .AssertErrorAsync(HttpStatusCode.BadRequest, "SETTLEMENT_NOT_SUPPORTED");
    }

    [Fact]
    public async Task Malformed_json_is_400_INVALID_REQUEST()
    {
        await (await PostAsync("{\"order\": {\"id\": ")).AssertErrorAsync(HttpStatusCode.BadRequest, "INVALID_REQUEST");
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("\"text\"")]
    [InlineData("")]
    public async Task A_body_that_is_not_an_object_is_400_INVALID_REQUEST(string body)
    {
        await (await PostAsync(body)).AssertErrorAsync(HttpStatusCode.BadRequest, "INVALID_REQUEST");
    }

    [Fact]
    public async Task Wrong_json_types_are_400_INVALID_REQUEST_naming_each_field()
    {
        var order = scenario.NewOrder();
        order["amount"] = 99.99;
        order["currency"] = "usd";
        order["ocid"] = "500";
        order["items"] = new JsonArray(new JsonObject { ["id"] = "x", ["name"] = 3, ["quantity"] = "one", ["price"] = "1.00" });
        var body = JsonNode.Parse(TestOrder.CheckoutBody(order, scenario.Merchant))!.AsObject();
        body["merchantOcid"] = "500";
        body["urls"] = new JsonObject { ["success"] = "javascript:alert(1)" };

        var error = await (await PostAsync(body.ToJsonString())).AssertErrorAsync(HttpStatusCode.BadRequest, "INVALID_REQUEST");
        var details = error.GetProperty("details");
        foreach (var field in new[] { "order.amount", "order.currency", "order.ocid", "merchantOcid", "order.items[0].name", "order.items[0].quantity", "urls.success" })
            Assert.True(details.TryGetProperty(field, out _), $"details should name {field}: {details}");
    }

    [Theory]
    [InlineData("0.00")]
    [InlineData("-5.00")]
    [InlineData("1e3")]
    [InlineData("01.00")]
    [InlineData(" 1.00")]
    public async Task An_amount_that_is_not_a_positive_decimal_string_is_400(string amount)
    {
        var error = await (await PostAsync(TestOrder.CheckoutBody(scenario.NewOrder(amount: amount), scenario.Merchant)))
            .AssertErrorAsync(HttpStatusCode.BadRequest, "INVALID_REQUEST");
        Assert.True(error.GetProperty("details").TryGetProperty("order.amount", out _));
    }

    [Fact]
    public async Task An_order_for_another_merchant_is_400_INVALID_REQUEST()
    {
        var order = TestOrder.Create(scenario.OfflineMerchant.Ocid, [scenario.MerchantGateway.Ocid]);
        var body = JsonNode.Parse(TestOrder.CheckoutBody(order, scenario.Merchant))!.AsObject();
        body["merchantOcid"] = scenario.Merchant.Ocid;
        var error = await (await PostAsync(body.ToJsonString())).AssertErrorAsync(HttpStatusCode.BadRequest, "INVALID_REQUEST");
        Assert.True(error.GetProperty("details").TryGetProperty("merchantOcid", out _));
    }

    [Fact]
    public async Task A_binding_and_a_validation_failure_are_answered_together_in_the_Opencharge_envelope_as_json()
    {
        // order.amount has the wrong JSON type (the binder's finding) and merchantOcid is not positive (the validator's):
        // FastEndpoints' error hook must answer both in our envelope, not its own problem+json.
        var order = scenario.NewOrder();
        order["amount"] = 99.99;
        var body = JsonNode.Parse(TestOrder.CheckoutBody(order, scenario.Merchant))!.AsObject();
        body["merchantOcid"] = 0;

        using var response = await PostAsync(body.ToJsonString());

        var error = await response.AssertErrorAsync(HttpStatusCode.BadRequest, "INVALID_REQUEST");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var details = error.GetProperty("details");
        Assert.Equal("must be a string", details.GetProperty("order.amount").GetString());
        Assert.Equal("must be a positive OCID", details.GetProperty("merchantOcid").GetString());
        Assert.Contains("order.amount", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Contains("merchantOcid", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missing_fields_are_400_INVALID_REQUEST()
    {
        var error = await (await PostAsync("{}")).AssertErrorAsync(HttpStatusCode.BadRequest, "INVALID_REQUEST");
        var details = error.GetProperty("details");
        foreach (var field in new[] { "order", "signature", "merchantOcid", "urls" })
            Assert.True(details.TryGetProperty(field, out _), $"details should name {field}: {details}");
    }

    [Fact]
    public async Task An_oversized_body_is_413_and_not_read()
    {
        var order = scenario.NewOrder();
        order["memo"] = new string('x', 70 * 1024);
        await (await PostAsync(TestOrder.CheckoutBody(order, scenario.Merchant))).AssertErrorAsync(HttpStatusCode.RequestEntityTooLarge, "PAYLOAD_TOO_LARGE");
    }

    [Fact]
    public async Task A_body_sent_without_a_length_is_read_whole_and_verified()
    {
        var order = scenario.NewOrder(amount: "12.34");
        var sessionId = (await (await PostChunkedAsync(TestOrder.CheckoutBody(order, scenario.Merchant))).AssertOkJsonAsync())
            .GetProperty("session_id").GetString()!;
        Assert.Equal(order.ToJsonString(), await Database.ScalarAsync<string>(scenario.ConnectionString,
            "SELECT order_json FROM checkout.sessions WHERE id = $1", sessionId));
    }

    [Fact]
    public async Task An_oversized_body_sent_without_a_length_is_413()
    {
        var order = scenario.NewOrder();
        order["memo"] = new string('x', 70 * 1024);
        await (await PostChunkedAsync(TestOrder.CheckoutBody(order, scenario.Merchant)))
            .AssertErrorAsync(HttpStatusCode.RequestEntityTooLarge, "PAYLOAD_TOO_LARGE");
    }

    /// <summary>Signed as usual, but sent chunked: the gateway cannot size the body from a Content-Length.</summary>
    private Task<HttpResponseMessage> PostChunkedAsync(string body)
    {
        var request = SignedRequests.Create(scenario.MerchantGateway, HttpMethod.Post, scenario.BasePath + "/checkout/create", body);
        request.Content = new StreamContent(new UnknownLengthStream(Encoding.UTF8.GetBytes(body)))
        {
            Headers = { { "Content-Type", "application/json" } },
        };
        return scenario.Gateway.Client.SendAsync(request);
    }

    [Fact]
    public async Task Repeating_the_same_create_returns_the_same_session()
    {
        var body = TestOrder.CheckoutBody(scenario.NewOrder(), scenario.Merchant);
        var first = await (await PostAsync(body)).AssertOkJsonAsync();
        var second = await (await PostAsync(body)).AssertOkJsonAsync();
        Assert.Equal(first.GetProperty("session_id").GetString(), second.GetProperty("session_id").GetString());
        Assert.Equal(first.GetProperty("checkout_url").GetString(), second.GetProperty("checkout_url").GetString());
        Assert.Equal(first.GetProperty("expires_at").GetInt64(), second.GetProperty("expires_at").GetInt64());
    }

    [Fact]
    public async Task The_same_order_id_with_a_different_order_is_409_ORDER_CONFLICT()
    {
        var order = scenario.NewOrder(amount: "99.99");
        await (await PostAsync(TestOrder.CheckoutBody(order, scenario.Merchant))).AssertOkJsonAsync();
        order["amount"] = "199.99";
        await (await PostAsync(TestOrder.CheckoutBody(order, scenario.Merchant))).AssertErrorAsync(HttpStatusCode.Conflict, "ORDER_CONFLICT");
    }

    [Fact]
    public async Task Twenty_concurrent_identical_creates_make_exactly_one_session()
    {
        var order = scenario.NewOrder();
        var body = TestOrder.CheckoutBody(order, scenario.Merchant);
        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => PostAsync(body)));
        var sessionIds = new HashSet<string>();
        foreach (var response in responses)
            sessionIds.Add((await response.AssertOkJsonAsync()).GetProperty("session_id").GetString()!);

        Assert.Single(sessionIds);
        Assert.Equal(1L, await Database.ScalarAsync<long>(scenario.ConnectionString,
            "SELECT count(*) FROM checkout.sessions WHERE order_id = $1", order["id"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Bad_input_never_answers_5xx()
    {
        string[] bodies = ["null", "{\"order\":null}", "{\"order\":[]}", "{\"order\":{\"items\":{}}}", "{\"urls\":\"x\"}", "{\"order\":{\"id\":1}}",
            "{\"merchantOcid\":1e400}", "\u0000", "{\"signature\":\"zz\"}", "{\"order\":{\"accepts\":[\"300\",true,null]}}", "{\"order\":{\"createdAt\":1.5,\"expiresAt\":\"soon\"}}", "{\"order\":{\"quantity\":[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]}}"];
        foreach (var body in bodies)
        {
            var response = await PostAsync(body);
            Assert.True((int)response.StatusCode is >= 400 and < 500, $"{body} -> {(int)response.StatusCode}");
        }
    }
}
