using System.Net;

namespace PaymentGateway.IntegrationTests.Transfers;

/// <summary>
/// Issue 10, item 4: the ledger under concurrency, through the front door (signed HTTP to the real host, real
/// PostgreSQL). Balances are funded by a bank's proof to /transfer/webhook, never by writing to the database.
/// </summary>
public sealed class TransferIntegrityTests(TransferScenario scenario, ITestOutputHelper output) : IClassFixture<TransferScenario>
{
    [Fact]
    public async Task A_hundred_concurrent_transfers_of_one_against_ten_give_ten_successes_and_ninety_insufficient_funds()
    {
        await scenario.FundAsync(scenario.MerchantGateway, "10.00", "USD");
        var lowest = decimal.MaxValue;
        using var sampling = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!sampling.IsCancellationRequested)
            {
                lowest = Math.Min(lowest, await scenario.Ledger.BalanceAsync(scenario.MerchantGateway.Ocid, "USD"));
                await Task.Delay(5, CancellationToken.None);
            }
        }, CancellationToken.None);

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 100).Select(async i =>
        {
            using var response = await scenario.TransferAsync(TransferScenario.TransferBody($"burst-{i}", scenario.Merchant.Ocid, "1.00", "USD"));
            var body = await response.Content.ReadAsStringAsync();
            return (response.StatusCode, body);
        }));
        await sampling.CancelAsync();
        await sampler;

        var successes = outcomes.Count(o => o.StatusCode == HttpStatusCode.OK);
        var refused = outcomes.Count(o => o.StatusCode == HttpStatusCode.PaymentRequired && o.body.Contains("\"INSUFFICIENT_FUNDS\"", StringComparison.Ordinal));
        var balance = await scenario.Ledger.BalanceAsync(scenario.MerchantGateway.Ocid, "USD");
        var trial = await scenario.Ledger.TrialBalanceAsync();
        output.WriteLine($"successes {successes}, insufficient funds {refused}, final balance {balance}, lowest sampled {lowest}, trial balance {string.Join(", ", trial.Select(t => $"{t.Key} {t.Value}"))}");

        Assert.True(successes == 10, string.Join("\n", outcomes.Where(o => o.StatusCode != HttpStatusCode.PaymentRequired).Select(o => $"{o.StatusCode} {o.body}")));
        Assert.Equal(90, refused);
        Assert.Equal(0.00m, balance);
        Assert.Equal("0.00", balance.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(lowest >= 0m, $"balance sampled at {lowest}");
        Assert.Equal(10.00m, await scenario.Ledger.BalanceAsync(scenario.Merchant.Ocid, "USD"));
        Assert.Equal(10L, await scenario.Ledger.ScalarAsync<long>("SELECT count(*) FROM settlement.transfers WHERE reference LIKE 'burst-%'"));
        await scenario.Ledger.AssertTrialBalanceIsZeroAsync();
    }

    [Fact]
    public async Task Fifty_concurrent_repeats_of_one_reference_give_one_transfer_and_identical_answers()
    {
        await scenario.FundAsync(scenario.OtherGateway, "5.00", "EUR");
        var body = TransferScenario.TransferBody("repeat-" + Guid.NewGuid().ToString("N")[..8], scenario.Merchant.Ocid, "1.50", "EUR");

        var answers = await Task.WhenAll(Enumerable.Range(0, 50).Select(async _ =>
        {
            using var response = await scenario.TransferAsync(body, scenario.OtherGateway);
            return (response.StatusCode, Body: await response.Content.ReadAsStringAsync());
        }));

        var distinct = answers.Select(a => a.Body).Distinct().Count();
        output.WriteLine($"200 answers {answers.Count(a => a.StatusCode == HttpStatusCode.OK)} of 50, distinct bodies {distinct}");
        Assert.All(answers, a => Assert.True(a.StatusCode == HttpStatusCode.OK, a.Body));
        Assert.Equal(1, distinct);
        Assert.Equal(3.50m, await scenario.Ledger.BalanceAsync(scenario.OtherGateway.Ocid, "EUR"));
        Assert.Equal(1L, await scenario.Ledger.ScalarAsync<long>("SELECT count(*) FROM settlement.transfers WHERE caller_ocid = 301"));
        Assert.Equal(1L, await scenario.Ledger.ScalarAsync<long>("SELECT count(*) FROM settlement.journal_entries WHERE kind = 'transfer' AND idempotency_key LIKE 'transfer:301:%'"));
        await scenario.Ledger.AssertTrialBalanceIsZeroAsync();
    }

    [Fact]
    public async Task One_proof_posted_fifty_times_concurrently_credits_once()
    {
        var proof = scenario.BankProof("500", "7.77", "GBP");
        var envelope = TransferScenario.Envelope(proof, scenario.Bank);

        var answers = await Task.WhenAll(Enumerable.Range(0, 50).Select(async _ =>
        {
            using var response = await scenario.PostProofAsync(envelope);
            return (response.StatusCode, Body: await response.Content.ReadAsStringAsync());
        }));

        var balance = await scenario.Ledger.BalanceAsync(scenario.Merchant.Ocid, "GBP");
        output.WriteLine($"accepted {answers.Count(a => a.StatusCode == HttpStatusCode.OK)} of 50, merchant balance {balance}");
        Assert.All(answers, a => Assert.True(a.StatusCode == HttpStatusCode.OK && a.Body.Contains("\"accepted\"", StringComparison.Ordinal), a.Body));
        Assert.Equal(7.77m, balance);
        Assert.Equal(1L, await scenario.Ledger.ScalarAsync<long>("SELECT count(*) FROM settlement.receipts WHERE txid = $1", proof["txid"]!.GetValue<string>()));
        Assert.Equal(50L, await scenario.Ledger.ScalarAsync<long>("SELECT count(*) FROM settlement.received_proofs WHERE txid = $1", proof["txid"]!.GetValue<string>()));
        await scenario.Ledger.AssertTrialBalanceIsZeroAsync();
    }
}
