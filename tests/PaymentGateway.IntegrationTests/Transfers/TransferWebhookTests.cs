using System.Net;
using PaymentGateway.IntegrationTests.Infrastructure;

namespace PaymentGateway.IntegrationTests.Transfers;

/// <summary>POST /transfer/webhook as pinned in issue 10: each check with its code, credit once, suspense and the archive.</summary>
public sealed class TransferWebhookTests(TransferScenario scenario) : IClassFixture<TransferScenario>
{
    [Fact]
    public async Task A_proof_naming_a_partner_funds_its_balance_once_and_a_repeat_is_accepted_without_credit()
    {
        var proof = scenario.BankProof("301", "40.00", "CHF");
        var envelope = TransferScenario.Envelope(proof, scenario.Bank);

        using var first = await scenario.PostProofAsync(envelope);
        var json = await first.AssertOkJsonAsync();
        Assert.Equal("accepted", json.GetProperty("status").GetString());
        Assert.Equal(proof["txid"]!.GetValue<string>(), json.GetProperty("txid").GetString());

        using var repeat = await scenario.PostProofAsync(envelope);
        var repeated = await repeat.AssertOkJsonAsync();
        Assert.Equal("accepted", repeated.GetProperty("status").GetString());
        Assert.False(string.IsNullOrEmpty(repeated.GetProperty("message").GetString()));

        Assert.Equal(40.00m, await scenario.Ledger.BalanceAsync(scenario.OtherGateway.Ocid, "CHF"));
        Assert.Equal(40.00m, await scenario.Ledger.ScalarAsync<decimal>("SELECT debits_posted FROM settlement.accounts WHERE code = 'settlement:100:CHF'"));
        // Every proof received is archived with its signature, the repeat too.
        Assert.Equal(2L, await scenario.Ledger.ScalarAsync<long>(
            "SELECT count(*) FROM settlement.received_proofs WHERE issuer_ocid = 100 AND txid = $1 AND signature <> ''", proof["txid"]!.GetValue<string>()));
        await scenario.Ledger.AssertTrialBalanceIsZeroAsync();
    }

    [Fact]
    public async Task A_proof_with_a_reference_longer_than_ours_goes_to_suspense_whole_instead_of_failing()
    {
        // Found by TransferFuzzTests: the receipt's to_reference column held 200 characters, so this proof got a 500.
        var reference = "ref-" + new string('x', 5000);
        var before = await SuspenseAsync("SEK");
        var proof = scenario.BankProof(reference, "2.25", "SEK");
        using var response = await scenario.PostProofAsync(TransferScenario.Envelope(proof, scenario.Bank));

        Assert.Equal("accepted", (await response.AssertOkJsonAsync()).GetProperty("status").GetString());
        Assert.Equal(before + 2.25m, await SuspenseAsync("SEK"));
        Assert.Equal(reference, await scenario.Ledger.ScalarAsync<string>(
            "SELECT to_reference FROM settlement.receipts WHERE txid = $1 AND credited_ocid IS NULL", proof["txid"]!.GetValue<string>()));
        await scenario.Ledger.AssertTrialBalanceIsZeroAsync();
    }

    [Theory]
    [InlineData("order-77")] // not an OCID
    [InlineData("999")] // an OCID that is not our partner
    [InlineData("200")] // ourselves
    public async Task A_proof_for_no_partner_goes_to_suspense_and_is_still_accepted(string reference)
    {
        var before = await SuspenseAsync("SEK");
        var proof = scenario.BankProof(reference, "3.50", "SEK");
        using var response = await scenario.PostProofAsync(TransferScenario.Envelope(proof, scenario.Bank));

        Assert.Equal("accepted", (await response.AssertOkJsonAsync()).GetProperty("status").GetString());
        Assert.Equal(before + 3.50m, await SuspenseAsync("SEK"));
        Assert.Equal(1L, await scenario.Ledger.ScalarAsync<long>(
            "SELECT count(*) FROM settlement.receipts WHERE txid = $1 AND credited_ocid IS NULL", proof["txid"]!.GetValue<string>()));
        await scenario.Ledger.AssertTrialBalanceIsZeroAsync();
    }

    [Fact]
    public async Task The_same_txid_with_other_content_is_400_invalid_proof_and_credits_nothing()
    {
        var proof = scenario.BankProof("300", "1.00", "NZD");
        using var first = await scenario.PostProofAsync(TransferScenario.Envelope(proof, scenario.Bank));
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);

        proof["amount"] = "100.00";
        using var altered = await scenario.PostProofAsync(TransferScenario.Envelope(proof, scenario.Bank));
        await altered.AssertErrorAsync(HttpStatusCode.BadRequest, "INVALID_PROOF");
        Assert.Equal(1.00m, await scenario.Ledger.BalanceAsync(scenario.MerchantGateway.Ocid, "NZD"));
        await scenario.Ledger.AssertTrialBalanceIsZeroAsync();
    }

    [Fact]
    public async Task An_issuer_we_do_not_accept_is_400_issuer_not_accepted()
    {
        // The other gateway (301) is a partner, but not in Opencharge:SettlementAccepts.
        var proof = scenario.BankProof("300", "1.00");
        proof["issuer"] = scenario.OtherGateway.Ocid;
        using var response = await scenario.PostProofAsync(TransferScenario.Envelope(proof, scenario.OtherGateway), scenario.OtherGateway);
        await response.AssertErrorAsync(HttpStatusCode.BadRequest, "ISSUER_NOT_ACCEPTED");
    }

    [Fact]
    public async Task A_proof_sent_by_someone_other_than_its_issuer_is_400_invalid_proof()
    {
        using var response = await scenario.PostProofAsync(TransferScenario.Envelope(scenario.BankProof("300", "1.00"), scenario.Bank), scenario.MerchantGateway);
        await response.AssertErrorAsync(HttpStatusCode.BadRequest, "INVALID_PROOF");
    }

    [Fact]
    public async Task A_proof_signed_with_another_key_or_altered_after_signing_is_400_proof_signature_invalid()
    {
        using var wrongKey = await scenario.PostProofAsync(TransferScenario.Envelope(scenario.BankProof("300", "1.00"), scenario.MerchantGateway));
        await wrongKey.AssertErrorAsync(HttpStatusCode.BadRequest, "PROOF_SIGNATURE_INVALID");

        var proof = scenario.BankProof("300", "1.00");
        var envelope = TransferScenario.Envelope(proof, scenario.Bank).Replace("\"1.00\"", "\"9.00\"", StringComparison.Ordinal);
        using var altered = await scenario.PostProofAsync(envelope);
        await altered.AssertErrorAsync(HttpStatusCode.BadRequest, "PROOF_SIGNATURE_INVALID");
    }

    [Fact]
    public async Task A_proof_addressed_to_someone_else_is_400_invalid_proof()
    {
        using var response = await scenario.PostProofAsync(TransferScenario.Envelope(scenario.BankProof("300", "1.00", to: 300), scenario.Bank));
        await response.AssertErrorAsync(HttpStatusCode.BadRequest, "INVALID_PROOF");
    }

    [Theory]
    [InlineData("1,00", "USD")]
    [InlineData("-1.00", "USD")]
    [InlineData("0", "USD")]
    [InlineData("1.00", "dollars")]
    public async Task A_bad_amount_or_currency_is_400_invalid_proof(string amount, string currency)
    {
        using var response = await scenario.PostProofAsync(TransferScenario.Envelope(scenario.BankProof("300", amount, currency), scenario.Bank));
        await response.AssertErrorAsync(HttpStatusCode.BadRequest, "INVALID_PROOF");
    }

    [Theory]
    [InlineData("""{"signature":"00"}""")]
    [InlineData("""{"proof":{},"signature":1}""")]
    [InlineData("""nope""")]
    public async Task A_body_that_is_not_proof_and_signature_is_400_invalid_request(string body)
    {
        using var response = await scenario.PostProofAsync(body);
        await response.AssertErrorAsync(HttpStatusCode.BadRequest, "INVALID_REQUEST");
    }

    [Fact]
    public async Task A_proof_with_a_lone_surrogate_is_400_invalid_request()
    {
        var proof = scenario.BankProof("300", "1.00", txid: "PLACEHOLDER");
        var envelope = TransferScenario.Envelope(proof, scenario.Bank).Replace("\"PLACEHOLDER\"", "\"\\ud800\"", StringComparison.Ordinal);

        using var response = await scenario.PostProofAsync(envelope);

        await response.AssertErrorAsync(HttpStatusCode.BadRequest, "INVALID_REQUEST");
    }

    [Fact]
    public async Task A_signed_proof_whose_txid_holds_a_NUL_is_400_invalid_proof_and_credits_nothing()
    {
        var before = await scenario.Ledger.BalanceAsync(scenario.MerchantGateway.Ocid, "USD");

        using var response = await scenario.PostProofAsync(TransferScenario.Envelope(scenario.BankProof("300", "1.00", txid: "bank_\0"), scenario.Bank));

        await response.AssertErrorAsync(HttpStatusCode.BadRequest, "INVALID_PROOF");
        Assert.Equal(before, await scenario.Ledger.BalanceAsync(scenario.MerchantGateway.Ocid, "USD"));
    }

    private Task<decimal> SuspenseAsync(string currency) =>
        scenario.Ledger.ScalarAsync<decimal>(
            "SELECT COALESCE((SELECT credits_posted - debits_posted FROM settlement.accounts WHERE code = 'suspense:' || $1), 0)", currency);
}
