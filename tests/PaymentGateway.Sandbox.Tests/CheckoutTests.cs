using System.Net;
using System.Text.Json.Nodes;
using PaymentGateway.Opencharge;

namespace PaymentGateway.Sandbox.Tests;

/// <summary>Buying in the shop: the signed checkout/create the merchant gateway sends, and the pages around it.</summary>
public sealed class CheckoutTests : IClassFixture<SandboxFixture>
{
    private readonly SandboxFixture _fixture;

    public CheckoutTests(SandboxFixture fixture) => _fixture = fixture;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Buy_redirects_to_the_gateway_after_a_correctly_signed_checkout_create()
    {
        var placed = await _fixture.PlaceOrderAsync("mug", Ct);
        var request = placed.CheckoutRequest;

        Assert.Equal(HttpStatusCode.SeeOther, placed.Response.StatusCode);
        Assert.StartsWith(_fixture.Gateway.BaseUrl + "/checkout/sess_", placed.Response.Headers.Location!.ToString(), StringComparison.Ordinal);

        // Request signature: strict form only (no lenient base path), with the key the MG publishes.
        var mgKey = await PublishedKeyAsync("/mg/metadata.json");
        Assert.Equal("/opencharge/checkout/create", request.Target);
        Assert.Equal("300", request.Headers[OpenchargeHeaders.Id]);
        Assert.True(RequestSigning.Verify(
            mgKey,
            request.Headers[OpenchargeHeaders.Id],
            request.Headers[OpenchargeHeaders.Timestamp],
            request.Headers[OpenchargeHeaders.Nonce],
            request.Headers[OpenchargeHeaders.Signature],
            "POST",
            request.Target,
            basePath: null,
            request.Body));

        // Order signature: variant R, with the key the merchant publishes.
        var body = JsonNode.Parse(request.Body)!.AsObject();
        var merchantKey = await PublishedKeyAsync("/merchant/metadata.json");
        Assert.Equal(CanonicalVariant.R, ObjectSignatures.Verify(merchantKey, SandboxFixture.Element(body["order"]!), body["signature"]!.GetValue<string>()));

        var order = body["order"]!.AsObject();
        Assert.Equal(500, body["merchantOcid"]!.GetValue<long>());
        Assert.Equal(placed.OrderId, order["id"]!.GetValue<string>());
        Assert.StartsWith("ord_", placed.OrderId, StringComparison.Ordinal);
        Assert.Equal(500, order["ocid"]!.GetValue<long>());
        Assert.Equal("12.50", order["amount"]!.GetValue<string>());
        Assert.Equal("USD", order["currency"]!.GetValue<string>());
        Assert.Equal("Tom & Jerry's \"Mug\"", order["items"]![0]!["name"]!.GetValue<string>());
        Assert.Equal("[300]", order["accepts"]!.ToJsonString());
        Assert.Equal(3600, order["expiresAt"]!.GetValue<long>() - order["createdAt"]!.GetValue<long>());
        Assert.Equal($"{_fixture.SandboxUrl}/orders/{placed.OrderId}/success", body["urls"]!["success"]!.GetValue<string>());
        Assert.Equal($"{_fixture.SandboxUrl}/orders/{placed.OrderId}/cancel", body["urls"]!["cancel"]!.GetValue<string>());
    }

    [Fact]
    public async Task Gateway_error_is_shown_with_its_code_and_message_html_encoded()
    {
        _fixture.Gateway.NextError = (400, "INVALID_SIGNATURE", "Order signature <script>alert(1)</script> invalid");

        var placed = await _fixture.PlaceOrderAsync("stickers", Ct);

        Assert.Equal(HttpStatusCode.BadGateway, placed.Response.StatusCode);
        var page = await placed.Response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("INVALID_SIGNATURE", page, StringComparison.Ordinal);
        Assert.Contains("Order signature &lt;script&gt;alert(1)&lt;/script&gt; invalid", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await _fixture.NewBrowser().GetAsync(new Uri($"/orders/{placed.OrderId}.json", UriKind.Relative), Ct)).StatusCode);
    }

    [Fact]
    public async Task Buy_without_the_antiforgery_token_is_refused_before_any_checkout()
    {
        using var browser = _fixture.NewBrowser();
        var before = _fixture.Gateway.CheckoutRequests.Count;

        using var response = await browser.PostAsync(
            new Uri("/buy", UriKind.Relative),
            new FormUrlEncodedContent(new Dictionary<string, string> { ["productId"] = "mug" }),
            Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, _fixture.Gateway.CheckoutRequests.Count);
    }

    [Fact]
    public async Task Shop_page_encodes_product_names_and_sends_a_strict_policy()
    {
        using var browser = _fixture.NewBrowser();
        using var response = await browser.GetAsync(new Uri("/", UriKind.Relative), Ct);
        var page = await response.Content.ReadAsStringAsync(Ct);

        Assert.Contains("Tom &amp; Jerry&#x27;s &quot;Mug&quot;", page, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;Not bold&lt;/b&gt;", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", page, StringComparison.Ordinal);
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.StartsWith("default-src 'none'; style-src 'self';", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe", policy, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Success_page_waits_and_refreshes_until_the_proof_arrives()
    {
        var placed = await _fixture.PlaceOrderAsync("coffee", Ct);
        using var browser = _fixture.NewBrowser();

        var page = await browser.GetStringAsync(new Uri($"/orders/{placed.OrderId}/success", UriKind.Relative), Ct);
        var cancel = await browser.GetStringAsync(new Uri($"/orders/{placed.OrderId}/cancel", UriKind.Relative), Ct);

        Assert.Contains("Waiting for payment confirmation…", page, StringComparison.Ordinal);
        Assert.Contains("<meta http-equiv=\"refresh\" content=\"1\">", page, StringComparison.Ordinal);
        Assert.Contains("not paid", cancel, StringComparison.Ordinal);
        Assert.Equal("pending", (await _fixture.OrderStatusAsync(placed.OrderId, Ct))["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Merchant_gateway_metadata_accepts_the_gateway_and_has_a_valid_config_signature()
    {
        using var browser = _fixture.NewBrowser();
        var metadata = JsonNode.Parse(await browser.GetStringAsync(new Uri("/mg/metadata.json", UriKind.Relative), Ct))!;
        var config = metadata["config"]!;
        var key = OpenchargePublicKey.Parse(config["publicKey"]!.GetValue<string>());

        Assert.Equal(CanonicalVariant.R, ObjectSignatures.Verify(key, SandboxFixture.Element(config), metadata["signature"]!.GetValue<string>()));
        Assert.Equal("[200]", config["settlement"]!["accepts"]!.ToJsonString());
        Assert.Equal(_fixture.SandboxUrl + "/mg/opencharge", config["endpoint"]!.GetValue<string>());
        Assert.Equal("[\"transfer.webhook\"]", config["capabilities"]!.ToJsonString());
    }

    private async Task<OpenchargePublicKey> PublishedKeyAsync(string path)
    {
        using var browser = _fixture.NewBrowser();
        var metadata = JsonNode.Parse(await browser.GetStringAsync(new Uri(path, UriKind.Relative), Ct))!;
        return OpenchargePublicKey.Parse(metadata["config"]!["publicKey"]!.GetValue<string>());
    }
}
