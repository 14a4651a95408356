using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using PaymentGateway.Opencharge;

namespace PaymentGateway.Sandbox.Tests;

/// <summary>The merchant gateway's transfer webhook over real HTTP, checked as docs/protocol.md describes (Transfer proofs, Signed requests).</summary>
public sealed class WebhookTests : IClassFixture<SandboxFixture>
{
    private readonly SandboxFixture _fixture;

    public WebhookTests(SandboxFixture fixture) => _fixture = fixture;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Valid_proof_is_accepted_and_the_order_becomes_paid_with_its_txid()
    {
        var order = await _fixture.PlaceOrderAsync("mug", Ct);
        var proof = SandboxFixture.ProofFor(order.OrderId, "12.50");
        var txid = proof["txid"]!.GetValue<string>();

        using var response = await _fixture.PostWebhookAsync(proof, ObjectSignatures.Sign(_fixture.Gateway.Key, proof), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await SandboxFixture.JsonBodyAsync(response, Ct);
        Assert.Equal("accepted", body["status"]!.GetValue<string>());
        Assert.Equal(txid, body["txid"]!.GetValue<string>());

        var status = await _fixture.OrderStatusAsync(order.OrderId, Ct);
        Assert.Equal("paid", status["status"]!.GetValue<string>());
        Assert.Equal(txid, status["txid"]!.GetValue<string>());
        Assert.StartsWith("mg_tx_", status["merchantTxid"]!.GetValue<string>(), StringComparison.Ordinal);

        using var browser = _fixture.NewBrowser();
        var page = await browser.GetStringAsync(new Uri($"/orders/{order.OrderId}/success", UriKind.Relative), Ct);
        Assert.Contains("<h1>Paid</h1>", page, StringComparison.Ordinal);
        Assert.Contains(txid, page, StringComparison.Ordinal);
        Assert.DoesNotContain("http-equiv=\"refresh\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Answers_are_signed_with_the_merchant_gateways_published_key()
    {
        var order = await _fixture.PlaceOrderAsync("coffee", Ct);
        var proof = SandboxFixture.ProofFor(order.OrderId, "8.00");

        using var response = await _fixture.PostWebhookAsync(proof, ObjectSignatures.Sign(_fixture.Gateway.Key, proof), Ct);

        using var browser = _fixture.NewBrowser();
        var metadata = JsonNode.Parse(await browser.GetStringAsync(new Uri("/mg/metadata.json", UriKind.Relative), Ct))!;
        var key = OpenchargePublicKey.Parse(metadata["config"]!["publicKey"]!.GetValue<string>());
        var body = await response.Content.ReadAsByteArrayAsync(Ct);
        Assert.True(ResponseSigning.Verify(
            key,
            response.Headers.GetValues(OpenchargeHeaders.Id).Single(),
            response.Headers.GetValues(OpenchargeHeaders.Timestamp).Single(),
            (int)response.StatusCode,
            response.Headers.GetValues(OpenchargeHeaders.Signature).Single(),
            body));
        Assert.Equal("300", response.Headers.GetValues(OpenchargeHeaders.Id).Single());
    }

    [Fact]
    public async Task Proof_to_another_recipient_is_rejected_as_invalid_proof()
    {
        var order = await _fixture.PlaceOrderAsync("mug", Ct);
        var proof = SandboxFixture.ProofFor(order.OrderId, "12.50");
        proof["to"]!["ocid"] = SandboxFixture.MerchantOcid; // the older docs' reading (docs/protocol.md, contradiction C1), which the MG rejects

        using var response = await _fixture.PostWebhookAsync(proof, ObjectSignatures.Sign(_fixture.Gateway.Key, proof), Ct);

        await AssertRejectedAsync(response, HttpStatusCode.BadRequest, "INVALID_PROOF", order.OrderId);
    }

    [Theory]
    [InlineData("12.5", "USD")]
    [InlineData("12.500", "USD")]
    [InlineData("12.50", "EUR")]
    public async Task Amount_or_currency_that_differs_as_a_string_is_rejected(string amount, string currency)
    {
        var order = await _fixture.PlaceOrderAsync("mug", Ct);
        var proof = SandboxFixture.ProofFor(order.OrderId, amount, currency);

        using var response = await _fixture.PostWebhookAsync(proof, ObjectSignatures.Sign(_fixture.Gateway.Key, proof), Ct);

        await AssertRejectedAsync(response, HttpStatusCode.BadRequest, "AMOUNT_MISMATCH", order.OrderId);
    }

    [Fact]
    public async Task Proof_signed_by_another_key_is_rejected()
    {
        var order = await _fixture.PlaceOrderAsync("mug", Ct);
        var proof = SandboxFixture.ProofFor(order.OrderId, "12.50");

        using var response = await _fixture.PostWebhookAsync(proof, ObjectSignatures.Sign(OpenchargePrivateKey.Generate(), proof), Ct);

        await AssertRejectedAsync(response, HttpStatusCode.BadRequest, "PROOF_SIGNATURE_INVALID", order.OrderId);
    }

    [Fact]
    public async Task Proof_changed_after_signing_is_rejected()
    {
        var order = await _fixture.PlaceOrderAsync("mug", Ct);
        var proof = SandboxFixture.ProofFor(order.OrderId, "12.50");
        var signature = ObjectSignatures.Sign(_fixture.Gateway.Key, proof);
        proof["from"]!["reference"] = "someone_else";

        using var response = await _fixture.PostWebhookAsync(proof, signature, Ct);

        await AssertRejectedAsync(response, HttpStatusCode.BadRequest, "PROOF_SIGNATURE_INVALID", order.OrderId);
    }

    [Fact]
    public async Task Proof_whose_issuer_is_not_the_sender_is_rejected()
    {
        var order = await _fixture.PlaceOrderAsync("mug", Ct);
        var proof = SandboxFixture.ProofFor(order.OrderId, "12.50");
        proof["issuer"] = 100; // signed correctly, but claims a settlement provider issued it

        using var response = await _fixture.PostWebhookAsync(proof, ObjectSignatures.Sign(_fixture.Gateway.Key, proof), Ct);

        await AssertRejectedAsync(response, HttpStatusCode.BadRequest, "INVALID_PROOF", order.OrderId);
    }

    [Fact]
    public async Task Replayed_txid_is_answered_accepted_without_a_second_payment()
    {
        var order = await _fixture.PlaceOrderAsync("mug", Ct);
        var proof = SandboxFixture.ProofFor(order.OrderId, "12.50");
        var signature = ObjectSignatures.Sign(_fixture.Gateway.Key, proof);
        using var first = await _fixture.PostWebhookAsync(proof, signature, Ct);
        var paid = await _fixture.OrderStatusAsync(order.OrderId, Ct);

        using var replay = await _fixture.PostWebhookAsync(proof, signature, Ct); // fresh nonce, same proof

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, replay.StatusCode);
        var body = await SandboxFixture.JsonBodyAsync(replay, Ct);
        Assert.Equal("accepted", body["status"]!.GetValue<string>());
        Assert.Equal(proof["txid"]!.GetValue<string>(), body["txid"]!.GetValue<string>());
        Assert.Contains("Duplicate", body["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(paid.ToJsonString(), (await _fixture.OrderStatusAsync(order.OrderId, Ct)).ToJsonString());
    }

    [Fact]
    public async Task Sender_that_is_not_an_accepted_settlement_source_is_rejected()
    {
        var order = await _fixture.PlaceOrderAsync("mug", Ct);
        var proof = SandboxFixture.ProofFor(order.OrderId, "12.50");
        proof["issuer"] = 201;

        using var response = await _fixture.PostWebhookAsync(proof, ObjectSignatures.Sign(_fixture.Gateway.Key, proof), Ct, senderOcid: 201);

        await AssertRejectedAsync(response, HttpStatusCode.BadRequest, "ISSUER_NOT_ACCEPTED", order.OrderId);
    }

    [Fact]
    public async Task Body_changed_after_request_signing_fails_authentication()
    {
        var order = await _fixture.PlaceOrderAsync("mug", Ct);
        var proof = SandboxFixture.ProofFor(order.OrderId, "12.50");

        using var response = await _fixture.PostWebhookAsync(
            proof, ObjectSignatures.Sign(_fixture.Gateway.Key, proof), Ct,
            alterBodyAfterSigning: body => Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(body) + " "));

        await AssertRejectedAsync(response, HttpStatusCode.Unauthorized, "INVALID_SIGNATURE", order.OrderId);
    }

    [Fact]
    public async Task Request_signed_by_another_key_fails_authentication()
    {
        var order = await _fixture.PlaceOrderAsync("mug", Ct);
        var proof = SandboxFixture.ProofFor(order.OrderId, "12.50");

        using var response = await _fixture.PostWebhookAsync(
            proof, ObjectSignatures.Sign(_fixture.Gateway.Key, proof), Ct, requestKey: OpenchargePrivateKey.Generate());

        await AssertRejectedAsync(response, HttpStatusCode.Unauthorized, "INVALID_SIGNATURE", order.OrderId);
    }

    [Fact]
    public async Task Stale_timestamp_fails_authentication()
    {
        var order = await _fixture.PlaceOrderAsync("mug", Ct);
        var proof = SandboxFixture.ProofFor(order.OrderId, "12.50");

        using var response = await _fixture.PostWebhookAsync(
            proof, ObjectSignatures.Sign(_fixture.Gateway.Key, proof), Ct, timestamp: DateTimeOffset.UtcNow.ToUnixTimeSeconds() - 301);

        await AssertRejectedAsync(response, HttpStatusCode.Unauthorized, "TIMESTAMP_EXPIRED", order.OrderId);
    }

    [Fact]
    public async Task Reused_nonce_fails_authentication()
    {
        var order = await _fixture.PlaceOrderAsync("mug", Ct);
        var nonce = RequestSigning.NewNonce();
        var unrelated = SandboxFixture.ProofFor("ord_unknown", "1.00");
        using var first = await _fixture.PostWebhookAsync(unrelated, ObjectSignatures.Sign(_fixture.Gateway.Key, unrelated), Ct, nonce: nonce);
        var proof = SandboxFixture.ProofFor(order.OrderId, "12.50");

        using var response = await _fixture.PostWebhookAsync(proof, ObjectSignatures.Sign(_fixture.Gateway.Key, proof), Ct, nonce: nonce);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        await AssertRejectedAsync(response, HttpStatusCode.Unauthorized, "NONCE_REUSED", order.OrderId);
    }

    [Fact]
    public async Task Proof_for_an_unknown_order_is_accepted_and_recorded()
    {
        var proof = SandboxFixture.ProofFor("ord_does_not_exist", "1.00");

        using var response = await _fixture.PostWebhookAsync(proof, ObjectSignatures.Sign(_fixture.Gateway.Key, proof), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await SandboxFixture.JsonBodyAsync(response, Ct);
        Assert.Equal("accepted", body["status"]!.GetValue<string>());
        Assert.NotNull(body["message"]);
    }

    [Fact]
    public async Task Malformed_envelope_is_rejected_as_invalid_proof()
    {
        var order = await _fixture.PlaceOrderAsync("mug", Ct);
        var proof = SandboxFixture.ProofFor(order.OrderId, "12.50");
        proof.Remove("timestamp");

        using var response = await _fixture.PostWebhookAsync(proof, ObjectSignatures.Sign(_fixture.Gateway.Key, proof), Ct);

        await AssertRejectedAsync(response, HttpStatusCode.BadRequest, "INVALID_PROOF", order.OrderId);
    }

    private async Task AssertRejectedAsync(HttpResponseMessage response, HttpStatusCode status, string code, string orderId)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal(code, SandboxFixture.ErrorCode(await SandboxFixture.JsonBodyAsync(response, Ct)));
        Assert.Equal("pending", (await _fixture.OrderStatusAsync(orderId, Ct))["status"]!.GetValue<string>());
    }
}
