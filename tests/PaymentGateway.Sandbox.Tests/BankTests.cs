using System.Net;
using System.Text.Json.Nodes;
using PaymentGateway.Opencharge;
using PaymentGateway.Sandbox.Tests.Fakes;

namespace PaymentGateway.Sandbox.Tests;

/// <summary>The sandbox bank: the proof it signs and sends to the payment gateway's /transfer/webhook to fund the merchant gateway.</summary>
public sealed class BankTests : IClassFixture<SandboxFixture>
{
    private readonly SandboxFixture _fixture;

    public BankTests(SandboxFixture fixture) => _fixture = fixture;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Fund_the_MG_posts_a_proof_signed_by_the_banks_published_key_as_a_signed_request()
    {
        var before = _fixture.Gateway.TransferRequests.Count;

        using var response = await FundAsync("25.00");

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal("/bank", response.Headers.Location!.ToString());
        var request = Assert.Single(_fixture.Gateway.TransferRequests.Skip(before));
        var bankKey = await _fixture.PublishedKeyAsync("/bank/metadata.json", Ct);

        // The request: signed by the bank (X-OC-ID 100) over the gateway's full path, strict form.
        Assert.Equal("POST", request.Method);
        Assert.Equal("/opencharge/transfer/webhook", request.Target);
        Assert.Equal("100", request.Headers[OpenchargeHeaders.Id]);
        Assert.True(RequestSigning.Verify(
            bankKey, request.Headers[OpenchargeHeaders.Id], request.Headers[OpenchargeHeaders.Timestamp], request.Headers[OpenchargeHeaders.Nonce],
            request.Headers[OpenchargeHeaders.Signature], "POST", request.Target, basePath: null, request.Body));

        // The proof: issued by the bank, to the gateway, for the merchant gateway's account, signed in variant R.
        var body = JsonNode.Parse(request.Body)!.AsObject();
        var proof = body["proof"]!.AsObject();
        Assert.Equal(CanonicalVariant.R, ObjectSignatures.Verify(bankKey, SandboxFixture.Element(proof), body["signature"]!.GetValue<string>()));
        Assert.Equal(SandboxFixture.BankOcid, proof["issuer"]!.GetValue<long>());
        Assert.Equal(SandboxFixture.BankOcid, proof["from"]!["ocid"]!.GetValue<long>());
        Assert.StartsWith("fund_", proof["from"]!["reference"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(FakePaymentGateway.Ocid, proof["to"]!["ocid"]!.GetValue<long>());
        Assert.Equal("300", proof["to"]!["reference"]!.GetValue<string>());
        Assert.Equal("25.00", proof["amount"]!.GetValue<string>());
        Assert.Equal("USD", proof["currency"]!.GetValue<string>());
        Assert.StartsWith("bank_tx_", proof["txid"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.InRange(proof["timestamp"]!.GetValue<long>(), DateTimeOffset.UtcNow.ToUnixTimeSeconds() - 60, DateTimeOffset.UtcNow.ToUnixTimeSeconds() + 5);

        // The bank's page lists it as accepted, with the proof's txid.
        var page = await _fixture.PageAsync("/bank", Ct);
        Assert.Contains(proof["txid"]!.GetValue<string>(), page, StringComparison.Ordinal);
        Assert.Contains("<td>accepted</td>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_funding_is_a_new_proof_with_its_own_txid_and_reference()
    {
        var before = _fixture.Gateway.TransferRequests.Count;

        using (await FundAsync("1.00"))
        using (await FundAsync("1.00"))
        {
        }

        var proofs = _fixture.Gateway.TransferRequests.Skip(before).Select(r => JsonNode.Parse(r.Body)!["proof"]!).ToList();
        Assert.Equal(2, proofs.Count);
        Assert.NotEqual(proofs[0]["txid"]!.GetValue<string>(), proofs[1]["txid"]!.GetValue<string>());
        Assert.NotEqual(proofs[0]["from"]!["reference"]!.GetValue<string>(), proofs[1]["from"]!["reference"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("0")]
    [InlineData("1,00")]
    [InlineData("1.001")]
    [InlineData("<b>5</b>")]
    public async Task An_amount_the_protocol_does_not_allow_is_refused_before_anything_is_signed(string amount)
    {
        var before = _fixture.Gateway.TransferRequests.Count;

        using var response = await FundAsync(amount);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, _fixture.Gateway.TransferRequests.Count);
        var page = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("is not an amount in USD", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_gateways_refusal_is_shown_html_encoded()
    {
        _fixture.Gateway.NextError = (400, "ISSUER_NOT_ACCEPTED", "Issuer <script>alert(1)</script> not accepted");

        using var response = await FundAsync("25.00");

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        var page = await _fixture.PageAsync("/bank", Ct);
        Assert.Contains("ISSUER_NOT_ACCEPTED: Issuer &lt;script&gt;alert(1)&lt;/script&gt; not accepted", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fund_without_the_antiforgery_token_is_refused_before_any_proof()
    {
        using var browser = _fixture.NewBrowser();
        var before = _fixture.Gateway.TransferRequests.Count;

        using var response = await browser.PostAsync(
            new Uri("/bank/fund", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string> { ["amount"] = "25.00" }), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, _fixture.Gateway.TransferRequests.Count);
    }

    [Fact]
    public async Task Bank_metadata_has_a_valid_config_signature_and_serves_no_capability()
    {
        var metadata = JsonNode.Parse(await _fixture.PageAsync("/bank/metadata.json", Ct))!;
        var config = metadata["config"]!;
        var key = OpenchargePublicKey.Parse(config["publicKey"]!.GetValue<string>());

        Assert.Equal(CanonicalVariant.R, ObjectSignatures.Verify(key, SandboxFixture.Element(config), metadata["signature"]!.GetValue<string>()));
        Assert.Equal("[]", config["capabilities"]!.ToJsonString());
        Assert.Equal(_fixture.SandboxUrl + "/bank/opencharge", config["endpoint"]!.GetValue<string>());
        Assert.NotEqual(await _fixture.PublishedKeyAsync("/mg/metadata.json", Ct), key);
    }

    private Task<HttpResponseMessage> FundAsync(string amount) =>
        _fixture.SubmitFormAsync("/bank", "/bank/fund", new Dictionary<string, string> { ["amount"] = amount }, Ct);
}
