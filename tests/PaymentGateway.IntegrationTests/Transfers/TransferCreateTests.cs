using System.Net;
using System.Text.Json;
using PaymentGateway.IntegrationTests.Infrastructure;
using PaymentGateway.Opencharge;

namespace PaymentGateway.IntegrationTests.Transfers;

/// <summary>POST /transfer/create as pinned in issue 10: each rule with its error code, the proof, idempotency and delivery.</summary>
public sealed class TransferCreateTests(TransferScenario scenario) : IClassFixture<TransferScenario>
{
    private static string NewReference() => "ref-" + Guid.NewGuid().ToString("N")[..12];

    [Fact]
    public async Task A_funded_partner_moves_its_balance_and_the_recipient_gets_our_signed_proof()
    {
        await scenario.FundAsync(scenario.MerchantGateway, "30.00", "EUR");
        var reference = NewReference();

        using var response = await scenario.TransferAsync(TransferScenario.TransferBody(reference, scenario.Merchant.Ocid, "12.50", "EUR"));
        var json = await response.AssertOkJsonAsync();

        var proof = json.GetProperty("proof");
        var ourKey = await MerchantGatewayChecks.PublishedKeyAsync(scenario.Gateway);
        Assert.Equal(CanonicalVariant.R, ObjectSignatures.Verify(ourKey, proof, json.GetProperty("signature").GetString()!));
        Assert.Equal(200, proof.GetProperty("issuer").GetInt64());
        Assert.Equal(300, proof.GetProperty("from").GetProperty("ocid").GetInt64());
        Assert.Equal(reference, proof.GetProperty("from").GetProperty("reference").GetString());
        Assert.Equal(500, proof.GetProperty("to").GetProperty("ocid").GetInt64());
        Assert.Equal("inv-1", proof.GetProperty("to").GetProperty("reference").GetString());
        Assert.Equal("12.50", proof.GetProperty("amount").GetString());
        Assert.Equal("EUR", proof.GetProperty("currency").GetString());
        Assert.Equal("Payout", proof.GetProperty("memo").GetString());
        Assert.InRange(proof.GetProperty("timestamp").GetInt64(), SignedRequests.Now() - 60, SignedRequests.Now() + 5);
        var txid = proof.GetProperty("txid").GetString()!;
        Assert.Matches("^pg_[a-z2-7]{26}$", txid);

        // Delivered to the recipient's /transfer/webhook as a signed request carrying the very bytes answered.
        var delivered = await Eventually.GetAsync(() => Task.FromResult(scenario.DeliveriesOf(scenario.Merchant.Ocid, txid)), d => d.Count == 1,
            TimeSpan.FromSeconds(60), "delivered to the merchant");
        Assert.Equal(proof.GetRawText(), JsonDocument.Parse(delivered[0].Body).RootElement.GetProperty("proof").GetRawText());
        Assert.True(RequestSigning.Verify(ourKey, delivered[0].Headers[OpenchargeHeaders.Id], delivered[0].Headers[OpenchargeHeaders.Timestamp],
            delivered[0].Headers[OpenchargeHeaders.Nonce], delivered[0].Headers[OpenchargeHeaders.Signature], "POST", delivered[0].PathAndQuery, null, delivered[0].Body));

        Assert.Equal(17.50m, await scenario.Ledger.BalanceAsync(scenario.MerchantGateway.Ocid, "EUR"));
        Assert.Equal(12.50m, await scenario.Ledger.BalanceAsync(scenario.Merchant.Ocid, "EUR"));
        await scenario.Ledger.AssertTrialBalanceIsZeroAsync();
    }

    [Fact]
    public async Task A_repeat_answers_the_same_bytes_and_moves_no_money_and_another_body_is_a_conflict()
    {
        await scenario.FundAsync(scenario.OtherGateway, "5.00", "GBP");
        var reference = NewReference();
        var body = TransferScenario.TransferBody(reference, scenario.Merchant.Ocid, "2.00", "GBP");

        using var first = await scenario.TransferAsync(body, scenario.OtherGateway);
        using var repeat = await scenario.TransferAsync(body, scenario.OtherGateway);
        var firstBytes = await first.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, repeat.StatusCode);
        Assert.Equal(firstBytes, await repeat.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
        Assert.Equal(3.00m, await scenario.Ledger.BalanceAsync(scenario.OtherGateway.Ocid, "GBP"));

        using var conflict = await scenario.TransferAsync(TransferScenario.TransferBody(reference, scenario.Merchant.Ocid, "2.01", "GBP"), scenario.OtherGateway);
        await conflict.AssertErrorAsync(HttpStatusCode.Conflict, "TRANSFER_CONFLICT");
        Assert.Equal(3.00m, await scenario.Ledger.BalanceAsync(scenario.OtherGateway.Ocid, "GBP"));
        await scenario.Ledger.AssertTrialBalanceIsZeroAsync();
    }

    [Fact]
    public async Task A_balance_that_does_not_cover_the_amount_is_402_with_what_is_available()
    {
        await scenario.FundAsync(scenario.MerchantGateway, "1.25", "CAD");

        using var response = await scenario.TransferAsync(TransferScenario.TransferBody(NewReference(), scenario.Merchant.Ocid, "1.26", "CAD"));
        var error = await response.AssertErrorAsync(HttpStatusCode.PaymentRequired, "INSUFFICIENT_FUNDS");
        Assert.Equal("1.25", error.GetProperty("details").GetProperty("available").GetString());
        Assert.Equal("CAD", error.GetProperty("details").GetProperty("currency").GetString());

        using var none = await scenario.TransferAsync(TransferScenario.TransferBody(NewReference(), scenario.Merchant.Ocid, "1.00", "HKD"));
        var noneError = await none.AssertErrorAsync(HttpStatusCode.PaymentRequired, "INSUFFICIENT_FUNDS");
        Assert.Equal("0", noneError.GetProperty("details").GetProperty("available").GetString());
        Assert.Equal(1.25m, await scenario.Ledger.BalanceAsync(scenario.MerchantGateway.Ocid, "CAD"));
        await scenario.Ledger.AssertTrialBalanceIsZeroAsync();
    }

    [Fact]
    public async Task Moving_someone_elses_balance_is_403_unauthorized()
    {
        using var response = await scenario.TransferAsync(
            TransferScenario.TransferBody(NewReference(), scenario.Merchant.Ocid, "1.00", from: scenario.OtherGateway.Ocid));
        await response.AssertErrorAsync(HttpStatusCode.Forbidden, "UNAUTHORIZED");

        // from.ocid equal to the caller is allowed (and then only the balance decides).
        using var own = await scenario.TransferAsync(
            TransferScenario.TransferBody(NewReference(), scenario.Merchant.Ocid, "1.00", "AUD", from: scenario.MerchantGateway.Ocid));
        await own.AssertErrorAsync(HttpStatusCode.PaymentRequired, "INSUFFICIENT_FUNDS");
    }

    [Theory]
    [InlineData(300L)] // the caller itself
    [InlineData(200L)] // this gateway
    [InlineData(999L)] // not in our directory
    public async Task A_recipient_that_is_not_another_partner_is_400_account_not_found(long to)
    {
        using var response = await scenario.TransferAsync(TransferScenario.TransferBody(NewReference(), to, "1.00"));
        await response.AssertErrorAsync(HttpStatusCode.BadRequest, "ACCOUNT_NOT_FOUND");
    }

    [Theory]
    [InlineData("""{"from":{},"to":{"ocid":500},"amount":"1.00","currency":"USD"}""", "from.reference")]
    [InlineData("""{"from":{"reference":""},"to":{"ocid":500},"amount":"1.00","currency":"USD"}""", "from.reference")]
    [InlineData("""{"from":{"reference":"r"},"to":{"ocid":500},"amount":1.00,"currency":"USD"}""", "amount")]
    [InlineData("""{"from":{"reference":"r"},"to":{"ocid":500},"amount":"1,00","currency":"USD"}""", "amount")]
    [InlineData("""{"from":{"reference":"r"},"to":{"ocid":500},"amount":"0.00","currency":"USD"}""", "amount")]
    [InlineData("""{"from":{"reference":"r"},"to":{"ocid":500},"amount":"1e3","currency":"USD"}""", "amount")]
    [InlineData("""{"from":{"reference":"r"},"to":{"ocid":500},"amount":"1.00","currency":"usd"}""", "currency")]
    [InlineData("""{"from":{"reference":"r"},"amount":"1.00","currency":"USD"}""", "to")]
    [InlineData("""{"from":{"reference":"r"},"to":{"ocid":"500"},"amount":"1.00","currency":"USD"}""", "to.ocid")]
    [InlineData("""[1]""", "body")]
    [InlineData("""not json""", "body")]
    public async Task A_malformed_request_is_400_invalid_request_naming_the_field(string body, string field)
    {
        using var response = await scenario.TransferAsync(body);
        var error = await response.AssertErrorAsync(HttpStatusCode.BadRequest, "INVALID_REQUEST");
        Assert.True(error.GetProperty("details").TryGetProperty(field, out _), error.GetRawText());
    }

    [Fact]
    public async Task An_unsigned_or_badly_signed_request_moves_nothing()
    {
        using var unsigned = await scenario.Gateway.Client.PostAsync(scenario.BasePath + "/transfer/create",
            new StringContent(TransferScenario.TransferBody(NewReference(), 500, "1.00")), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Unauthorized, unsigned.StatusCode);

        var body = TransferScenario.TransferBody(NewReference(), 500, "1.00");
        var request = SignedRequests.Create(scenario.MerchantGateway, HttpMethod.Post, scenario.BasePath + "/transfer/create", body);
        request.Content = new StringContent(body.Replace("1.00", "9.00", StringComparison.Ordinal), System.Text.Encoding.UTF8, "application/json");
        using var tampered = await scenario.Gateway.Client.SendAsync(request, TestContext.Current.CancellationToken);
        await tampered.AssertErrorAsync(HttpStatusCode.Unauthorized, "INVALID_SIGNATURE");
    }

    [Theory]
    [InlineData("\"\\ud800\"")]
    [InlineData("\"ref-\\u0000\"")]
    [InlineData("\"ref-\\u0007\"")]
    public async Task A_reference_that_is_not_storable_text_is_400_invalid_request_naming_it(string rawReference)
    {
        var body = TransferScenario.TransferBody("PLACEHOLDER", scenario.Merchant.Ocid, "1.00").Replace("\"PLACEHOLDER\"", rawReference, StringComparison.Ordinal);

        using var response = await scenario.TransferAsync(body);

        var error = await response.AssertErrorAsync(HttpStatusCode.BadRequest, "INVALID_REQUEST");
        Assert.True(error.GetProperty("details").TryGetProperty("from.reference", out _), error.GetRawText());
    }
}
