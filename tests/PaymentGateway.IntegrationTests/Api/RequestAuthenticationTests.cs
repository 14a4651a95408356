using System.Net;
using System.Text;
using PaymentGateway.IntegrationTests.Infrastructure;
using PaymentGateway.Opencharge;

namespace PaymentGateway.IntegrationTests.Api;

/// <summary>docs/protocol.md, Signed requests: every Opencharge endpoint but metadata.json needs a fresh, correctly signed request.</summary>
public sealed class RequestAuthenticationTests(GatewayScenario scenario) : IClassFixture<GatewayScenario>
{
    /// <summary>A well-formed signature that no merchant key produced over these orders.</summary>
    private static readonly string BadOrderSignature = new('1', 128);

    private string CreatePath => scenario.BasePath + "/checkout/create";

    [Fact]
    public async Task Missing_headers_are_401_INVALID_SIGNATURE()
    {
        var response = await scenario.Gateway.Client.PostAsync(CreatePath,
            new StringContent(TestOrder.CheckoutBody(scenario.NewOrder(), scenario.Merchant), Encoding.UTF8, "application/json"),
            TestContext.Current.CancellationToken);
        var error = await response.AssertErrorAsync(HttpStatusCode.Unauthorized, "INVALID_SIGNATURE");
        Assert.Equal(4, error.GetProperty("details").GetProperty("missingHeaders").GetArrayLength());
    }

    [Fact]
    public async Task A_replayed_nonce_is_401_NONCE_REUSED()
    {
        var body = TestOrder.CheckoutBody(scenario.NewOrder(), scenario.Merchant);
        var nonce = RequestSigning.NewNonce();
        var first = await scenario.Gateway.Client.SendSignedAsync(scenario.MerchantGateway, HttpMethod.Post, CreatePath, body, nonce: nonce);
        await first.AssertOkJsonAsync();

        var replay = await scenario.Gateway.Client.SendSignedAsync(scenario.MerchantGateway, HttpMethod.Post, CreatePath, body, nonce: nonce);
        await replay.AssertErrorAsync(HttpStatusCode.Unauthorized, "NONCE_REUSED");
    }

    // A create records its nonce in the batch of its session insert (one round trip, one commit): a replay must fail
    // that whole batch, so no session is written even for an order the gateway has never seen.
    [Fact]
    public async Task A_replayed_create_nonce_on_a_new_order_is_401_NONCE_REUSED_and_writes_no_session()
    {
        var nonce = RequestSigning.NewNonce();
        var first = await scenario.Gateway.Client.SendSignedAsync(scenario.MerchantGateway, HttpMethod.Post, CreatePath,
            TestOrder.CheckoutBody(scenario.NewOrder(), scenario.Merchant), nonce: nonce);
        await first.AssertOkJsonAsync();

        var order = scenario.NewOrder();
        var replay = await scenario.Gateway.Client.SendSignedAsync(scenario.MerchantGateway, HttpMethod.Post, CreatePath,
            TestOrder.CheckoutBody(order, scenario.Merchant), nonce: nonce);
        await replay.AssertErrorAsync(HttpStatusCode.Unauthorized, "NONCE_REUSED");
        Assert.Equal(0L, await Database.ScalarAsync<long>(scenario.ConnectionString,
            "SELECT count(*) FROM checkout.sessions WHERE order_id = $1", order["id"]!.GetValue<string>()));
    }

    // A create refused before it writes (here: a bad order signature) records its nonce after the endpoint, alone.
    [Fact]
    public async Task A_create_refused_before_its_write_still_burns_its_nonce()
    {
        var nonce = RequestSigning.NewNonce();
        var refused = await scenario.Gateway.Client.SendSignedAsync(scenario.MerchantGateway, HttpMethod.Post, CreatePath,
            TestOrder.CheckoutBody(scenario.NewOrder(), scenario.Merchant, signature: BadOrderSignature), nonce: nonce);
        await refused.AssertErrorAsync(HttpStatusCode.BadRequest, "INVALID_SIGNATURE");

        var replay = await scenario.Gateway.Client.SendSignedAsync(scenario.MerchantGateway, HttpMethod.Post, CreatePath,
            TestOrder.CheckoutBody(scenario.NewOrder(), scenario.Merchant), nonce: nonce);
        await replay.AssertErrorAsync(HttpStatusCode.Unauthorized, "NONCE_REUSED");
    }

    // The nonce is still the first rule a replay meets: a replay that would also be refused by the endpoint is a 401.
    [Fact]
    public async Task A_replayed_create_nonce_is_401_NONCE_REUSED_even_when_the_order_would_be_refused()
    {
        var nonce = RequestSigning.NewNonce();
        var first = await scenario.Gateway.Client.SendSignedAsync(scenario.MerchantGateway, HttpMethod.Post, CreatePath,
            TestOrder.CheckoutBody(scenario.NewOrder(), scenario.Merchant), nonce: nonce);
        await first.AssertOkJsonAsync();

        var replay = await scenario.Gateway.Client.SendSignedAsync(scenario.MerchantGateway, HttpMethod.Post, CreatePath,
            TestOrder.CheckoutBody(scenario.NewOrder(), scenario.Merchant, signature: BadOrderSignature), nonce: nonce);
        await replay.AssertErrorAsync(HttpStatusCode.Unauthorized, "NONCE_REUSED");
    }

    [Fact]
    public async Task A_nonce_is_not_burnt_by_a_request_whose_signature_fails()
    {
        var nonce = RequestSigning.NewNonce();
        var forged = SignedRequests.Create(scenario.Stranger with { Ocid = scenario.MerchantGateway.Ocid }, HttpMethod.Post, CreatePath,
            TestOrder.CheckoutBody(scenario.NewOrder(), scenario.Merchant), nonce: nonce);
        await (await scenario.Gateway.Client.SendAsync(forged, TestContext.Current.CancellationToken))
            .AssertErrorAsync(HttpStatusCode.Unauthorized, "INVALID_SIGNATURE");

        var genuine = await scenario.Gateway.Client.SendSignedAsync(scenario.MerchantGateway, HttpMethod.Post, CreatePath,
            TestOrder.CheckoutBody(scenario.NewOrder(), scenario.Merchant), nonce: nonce);
        await genuine.AssertOkJsonAsync();
    }

    [Theory]
    [InlineData(-301)]
    [InlineData(310)] // a future stamp: margin so a slow run cannot bring it back inside the window
    public async Task A_timestamp_more_than_300_seconds_away_is_401_TIMESTAMP_EXPIRED(int offset)
    {
        var response = await scenario.Gateway.Client.SendSignedAsync(scenario.MerchantGateway, HttpMethod.Post, CreatePath,
            TestOrder.CheckoutBody(scenario.NewOrder(), scenario.Merchant), timestamp: SignedRequests.Now() + offset);
        await response.AssertErrorAsync(HttpStatusCode.Unauthorized, "TIMESTAMP_EXPIRED");
    }

    [Fact]
    public async Task A_timestamp_within_the_window_is_accepted()
    {
        var response = await scenario.Gateway.Client.SendSignedAsync(scenario.MerchantGateway, HttpMethod.Post, CreatePath,
            TestOrder.CheckoutBody(scenario.NewOrder(), scenario.Merchant), timestamp: SignedRequests.Now() - 290);
        await response.AssertOkJsonAsync();
    }

    [Fact]
    public async Task A_caller_outside_our_directory_is_401_UNKNOWN_OCID()
    {
        var response = await scenario.Gateway.Client.SendSignedAsync(scenario.Stranger, HttpMethod.Post, CreatePath,
            TestOrder.CheckoutBody(scenario.NewOrder(), scenario.Merchant));
        await response.AssertErrorAsync(HttpStatusCode.Unauthorized, "UNKNOWN_OCID");
    }

    [Fact]
    public async Task A_tampered_body_is_401_INVALID_SIGNATURE()
    {
        var request = SignedRequests.Create(scenario.MerchantGateway, HttpMethod.Post, CreatePath,
            TestOrder.CheckoutBody(scenario.NewOrder(amount: "99.99"), scenario.Merchant));
        var tampered = TestOrder.CheckoutBody(scenario.NewOrder(amount: "1.00"), scenario.Merchant);
        request.Content = new StringContent(tampered, Encoding.UTF8, "application/json");
        var response = await scenario.Gateway.Client.SendAsync(request, TestContext.Current.CancellationToken);
        await response.AssertErrorAsync(HttpStatusCode.Unauthorized, "INVALID_SIGNATURE");
    }

    [Fact]
    public async Task A_high_S_request_signature_is_401_INVALID_SIGNATURE()
    {
        var request = SignedRequests.Create(scenario.MerchantGateway, HttpMethod.Post, CreatePath,
            TestOrder.CheckoutBody(scenario.NewOrder(), scenario.Merchant));
        var signature = request.Headers.GetValues(OpenchargeHeaders.Signature).Single();
        request.Headers.Remove(OpenchargeHeaders.Signature);
        request.Headers.Add(OpenchargeHeaders.Signature, Signatures.HighSTwin(signature));
        var response = await scenario.Gateway.Client.SendAsync(request, TestContext.Current.CancellationToken);
        await response.AssertErrorAsync(HttpStatusCode.Unauthorized, "INVALID_SIGNATURE");
    }

    [Fact]
    public async Task A_request_signed_over_the_path_relative_to_the_base_path_is_accepted()
    {
        // docs/protocol.md, Signed requests: some publishers sign "/checkout/create" (Express req.path) instead of the full path.
        var body = TestOrder.CheckoutBody(scenario.NewOrder(), scenario.Merchant);
        var relative = SignedRequests.Create(scenario.MerchantGateway, HttpMethod.Post, "/checkout/create", body);
        var request = new HttpRequestMessage(HttpMethod.Post, CreatePath) { Content = relative.Content };
        foreach (var header in relative.Headers)
            request.Headers.Add(header.Key, header.Value);
        var response = await scenario.Gateway.Client.SendAsync(request, TestContext.Current.CancellationToken);
        await response.AssertOkJsonAsync();
    }

    [Fact]
    public async Task Responses_are_signed_with_the_key_published_in_our_metadata()
    {
        var response = await scenario.Gateway.Client.SendSignedAsync(scenario.MerchantGateway, HttpMethod.Get, scenario.BasePath + "/capabilities");
        var body = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var metadata = await scenario.Gateway.Client.GetStringAsync(scenario.BasePath + "/metadata.json", TestContext.Current.CancellationToken);
        var key = OpenchargePublicKey.Parse(System.Text.Json.JsonDocument.Parse(metadata).RootElement.GetProperty("config").GetProperty("publicKey").GetString()!);
        Assert.Equal("200", response.Headers.GetValues(OpenchargeHeaders.Id).Single());
        Assert.True(ResponseSigning.Verify(key, "200", response.Headers.GetValues(OpenchargeHeaders.Timestamp).Single(), 200,
            response.Headers.GetValues(OpenchargeHeaders.Signature).Single(), body));
    }

    [Fact]
    public async Task An_unknown_path_under_the_api_is_a_404_envelope()
    {
        var response = await scenario.Gateway.Client.SendSignedAsync(scenario.MerchantGateway, HttpMethod.Get, scenario.BasePath + "/no/such/thing");
        await response.AssertErrorAsync(HttpStatusCode.NotFound, "NOT_FOUND");
    }
}
