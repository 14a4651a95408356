using System.Net;
using System.Text.Json.Nodes;
using PaymentGateway.Opencharge;
using PaymentGateway.Sandbox.Tests.Fakes;

namespace PaymentGateway.Sandbox.Tests;

/// <summary>
/// The merchant's own /transfer/webhook, where the payment gateway delivers payouts: every proof verified with the
/// gateway's published key before the merchant lists it (docs/protocol.md, Transfer proofs; Proof delivery).
/// </summary>
public sealed class MerchantWebhookTests : IClassFixture<SandboxFixture>
{
    private readonly SandboxFixture _fixture;

    public MerchantWebhookTests(SandboxFixture fixture) => _fixture = fixture;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_payout_proof_is_verified_accepted_with_a_signed_answer_and_listed_html_encoded()
    {
        var proof = Payout("12.50");
        proof["memo"] = "Payout <script>alert(1)</script>";
        var txid = proof["txid"]!.GetValue<string>();

        using var response = await PostAsync(proof, Sign(proof));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await SandboxFixture.JsonBodyAsync(response, Ct);
        Assert.Equal("accepted", body["status"]!.GetValue<string>());
        Assert.Equal(txid, body["txid"]!.GetValue<string>());
        var merchantKey = await _fixture.PublishedKeyAsync("/merchant/metadata.json", Ct);
        Assert.Equal("500", response.Headers.GetValues(OpenchargeHeaders.Id).Single());
        Assert.True(ResponseSigning.Verify(
            merchantKey, "500", response.Headers.GetValues(OpenchargeHeaders.Timestamp).Single(), 200,
            response.Headers.GetValues(OpenchargeHeaders.Signature).Single(), await response.Content.ReadAsByteArrayAsync(Ct)));

        var page = await _fixture.PageAsync("/merchant", Ct);
        Assert.Contains(txid, page, StringComparison.Ordinal);
        Assert.Contains("12.50 USD", page, StringComparison.Ordinal);
        Assert.Contains("Payout &lt;script&gt;alert(1)&lt;/script&gt;", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("amount", "1250.00")]
    [InlineData("reference", "someone_else")]
    public async Task A_proof_changed_after_signing_is_refused_and_not_listed(string field, string value)
    {
        var proof = Payout("12.50");
        var signature = Sign(proof);
        if (field == "amount")
            proof["amount"] = value;
        else
            proof["to"]!["reference"] = value;

        using var response = await PostAsync(proof, signature);

        await AssertRefusedAsync(response, HttpStatusCode.BadRequest, "PROOF_SIGNATURE_INVALID", proof);
    }

    [Fact]
    public async Task A_proof_signed_by_another_key_is_refused()
    {
        var proof = Payout("12.50");

        using var response = await PostAsync(proof, ObjectSignatures.Sign(OpenchargePrivateKey.Generate(), proof));

        await AssertRefusedAsync(response, HttpStatusCode.BadRequest, "PROOF_SIGNATURE_INVALID", proof);
    }

    [Fact]
    public async Task A_proof_for_another_recipient_is_refused()
    {
        var proof = Payout("12.50");
        proof["to"]!["ocid"] = SandboxFixture.MerchantGatewayOcid;

        using var response = await PostAsync(proof, Sign(proof));

        await AssertRefusedAsync(response, HttpStatusCode.BadRequest, "INVALID_PROOF", proof);
    }

    [Fact]
    public async Task A_proof_with_an_amount_outside_the_grammar_is_refused()
    {
        var proof = Payout("12.5e1");

        using var response = await PostAsync(proof, Sign(proof));

        await AssertRefusedAsync(response, HttpStatusCode.BadRequest, "INVALID_PROOF", proof);
    }

    [Fact]
    public async Task A_request_not_signed_by_the_gateway_fails_authentication()
    {
        var proof = Payout("12.50");

        using var response = await _fixture.PostWebhookAsync(proof, Sign(proof), Ct, requestKey: OpenchargePrivateKey.Generate(), path: SandboxFixture.MerchantWebhookPath);

        await AssertRefusedAsync(response, HttpStatusCode.Unauthorized, "INVALID_SIGNATURE", proof);
    }

    [Fact]
    public async Task A_redelivered_proof_is_accepted_again_and_listed_once()
    {
        var proof = Payout("3.00");
        var signature = Sign(proof);
        var txid = proof["txid"]!.GetValue<string>();

        using var first = await PostAsync(proof, signature);
        using var again = await PostAsync(proof, signature);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var body = await SandboxFixture.JsonBodyAsync(again, Ct);
        Assert.Equal("accepted", body["status"]!.GetValue<string>());
        Assert.Contains("Duplicate", body["message"]!.GetValue<string>(), StringComparison.Ordinal);
        var page = await _fixture.PageAsync("/merchant", Ct);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(page, System.Text.RegularExpressions.Regex.Escape(txid)));
    }

    [Fact]
    public async Task Merchant_metadata_advertises_its_webhook_and_accepts_the_gateway()
    {
        var config = JsonNode.Parse(await _fixture.PageAsync("/merchant/metadata.json", Ct))!["config"]!;

        Assert.Equal("[\"transfer.webhook\"]", config["capabilities"]!.ToJsonString());
        Assert.Equal("[300,200]", config["settlement"]!["accepts"]!.ToJsonString());
        Assert.Equal(_fixture.SandboxUrl + "/merchant/opencharge", config["endpoint"]!.GetValue<string>());
    }

    /// <summary>A payout proof as our payment gateway issues it for a /transfer/create of the merchant gateway.</summary>
    private static JsonObject Payout(string amount) => new()
    {
        ["txid"] = "pg_tx_" + Guid.NewGuid().ToString("N"),
        ["issuer"] = FakePaymentGateway.Ocid,
        ["from"] = new JsonObject { ["ocid"] = SandboxFixture.MerchantGatewayOcid, ["reference"] = "payout_" + Guid.NewGuid().ToString("N")[..8] },
        ["to"] = new JsonObject { ["ocid"] = SandboxFixture.MerchantOcid, ["reference"] = "payout_ref" },
        ["amount"] = amount,
        ["currency"] = "USD",
        ["timestamp"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
        ["memo"] = "Payout to the merchant",
    };

    private string Sign(JsonObject proof) => ObjectSignatures.Sign(_fixture.Gateway.Key, proof);

    private Task<HttpResponseMessage> PostAsync(JsonObject proof, string signature) =>
        _fixture.PostWebhookAsync(proof, signature, Ct, path: SandboxFixture.MerchantWebhookPath);

    private async Task AssertRefusedAsync(HttpResponseMessage response, HttpStatusCode status, string code, JsonObject proof)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal(code, SandboxFixture.ErrorCode(await SandboxFixture.JsonBodyAsync(response, Ct)));
        Assert.DoesNotContain(proof["txid"]!.GetValue<string>(), await _fixture.PageAsync("/merchant", Ct), StringComparison.Ordinal);
    }
}
