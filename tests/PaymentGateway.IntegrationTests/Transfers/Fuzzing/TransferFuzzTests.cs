using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Numerics;
using System.Text.Json;
using CsCheck;
using Npgsql;
using PaymentGateway.IntegrationTests.Checkout.Fuzzing;

namespace PaymentGateway.IntegrationTests.Transfers.Fuzzing;

/// <summary>
/// Generative fuzzing of POST /transfer/create and POST /transfer/webhook through the real host, mixed and concurrent
/// (CsCheck, like the checkout fuzzer, whose header variations and hostile values it reuses): every answer must be a
/// 200 or a 4xx in the error envelope with a documented code; afterwards nothing is lost or doubled (each accepted
/// transfer key answered one body and is one transfer, each accepted proof is one receipt, and every partner's and
/// suspense balance is exactly what the accepted calls add up to), and the trial balance is zero.
/// A failure prints the seed (replay with CsCheck_Seed) and the smallest failing call; PAYMENTGATEWAY_FUZZ_COUNT
/// raises the number of calls (default 3,000).
/// </summary>
public sealed class TransferFuzzTests(TransferScenario scenario) : IClassFixture<TransferScenario>
{
    private const int DefaultCount = 3_000;
    private const int Concurrency = 8;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Every_generated_transfer_and_proof_gets_a_200_or_a_documented_4xx_and_the_ledger_adds_up()
    {
        var count = Environment.GetEnvironmentVariable("PAYMENTGATEWAY_FUZZ_COUNT") is { Length: > 0 } text
            ? long.Parse(text, CultureInfo.InvariantCulture) : DefaultCount;
        await scenario.FundAsync(scenario.MerchantGateway, "100.00");
        var createPath = scenario.BasePath + "/transfer/create";
        var webhookPath = scenario.BasePath + "/transfer/webhook";
        var creator = new FuzzParties(scenario.Merchant, scenario.MerchantGateway, scenario.Stranger);
        var accepted = new ConcurrentDictionary<string, ConcurrentBag<string>>(); // from.reference → the 200 bodies
        var statuses = new ConcurrentDictionary<string, int>();

        await Gen.Frequency((1, TransferFuzzBodies.Create(creator, createPath)), (1, TransferFuzzBodies.Webhook(scenario, webhookPath)))
            .SampleAsync(async fuzz =>
            {
                using var request = FuzzRequests.Create(fuzz.Parties, fuzz.Endpoint, fuzz.Case);
                using var response = await scenario.Gateway.Client.SendAsync(request, Ct);
                var body = await response.Content.ReadAsStringAsync(Ct);
                var outcome = Outcome(response.StatusCode, body);
                statuses.AddOrUpdate($"{(fuzz.Endpoint == createPath ? "create" : "webhook")} {outcome}", 1, (_, n) => n + 1);
                if (response.StatusCode == HttpStatusCode.OK && fuzz.Endpoint == createPath)
                {
                    using var json = JsonDocument.Parse(body);
                    var proof = json.RootElement.GetProperty("proof");
                    Assert.Equal(200, proof.GetProperty("issuer").GetInt64());
                    Assert.Equal(scenario.MerchantGateway.Ocid, proof.GetProperty("from").GetProperty("ocid").GetInt64());
                    accepted.GetOrAdd(proof.GetProperty("from").GetProperty("reference").GetString()!, _ => []).Add(body);
                }
                else if (response.StatusCode == HttpStatusCode.OK)
                {
                    using var json = JsonDocument.Parse(body);
                    Assert.Equal("accepted", json.RootElement.GetProperty("status").GetString());
                }
            }, iter: count, threads: Concurrency, print: fuzz => fuzz.ToString());

        var output = TestContext.Current.TestOutputHelper;
        output?.WriteLine($"{count} calls");
        foreach (var (outcome, n) in statuses.OrderBy(s => s.Key, StringComparer.Ordinal))
            output?.WriteLine($"  {n,6}  {outcome}");
        Assert.True(statuses.ContainsKey("create 200") && statuses.ContainsKey("webhook 200"),
            "some generated transfers and proofs must succeed, or the fuzzer only tests the front gate");

        // A repeat of an accepted key answered the very same bytes.
        Assert.All(accepted, key => Assert.Single(key.Value.Distinct()));
        await AssertNothingLostOrDoubledAsync([.. accepted.Values.Select(bodies => bodies.First())]);
        var trial = await LedgerAudit.ReadAsync(scenario.ConnectionString, Ct);
        Assert.NotEmpty(trial);
        Assert.All(trial, line => Assert.True(line.IsZero, line.ToString()));
    }

    /// <summary>
    /// Each accepted key is one stored transfer; the partners' and suspense balances are exactly the receipts credited
    /// to them plus the accepted transfers in, minus those out.
    /// </summary>
    private async Task AssertNothingLostOrDoubledAsync(IReadOnlyList<string> transfers)
    {
        Assert.Equal((long)transfers.Count, await ScalarAsync<long>("SELECT count(*) FROM settlement.transfers WHERE caller_ocid = 300"));
        Assert.Equal((long)transfers.Count, await ScalarAsync<long>("SELECT count(*) FROM settlement.journal_entries WHERE idempotency_key LIKE 'transfer:300:%'"));

        var expected = new Dictionary<(string Kind, long? Ocid, string Currency), BigInteger>();
        void Add(string kind, long? ocid, string currency, BigInteger units) =>
            expected[(kind, ocid, currency)] = expected.GetValueOrDefault((kind, ocid, currency)) + units;

        foreach (var body in transfers)
        {
            using var json = JsonDocument.Parse(body);
            var proof = json.RootElement.GetProperty("proof");
            var units = ExactAmount.Units(proof.GetProperty("amount").GetString()!);
            var currency = proof.GetProperty("currency").GetString()!;
            Add("partner", scenario.MerchantGateway.Ocid, currency, -units);
            Add("partner", proof.GetProperty("to").GetProperty("ocid").GetInt64(), currency, units);
        }

        await using var connection = new NpgsqlConnection(scenario.ConnectionString);
        await connection.OpenAsync(Ct);
        await using (var receipts = new NpgsqlCommand("SELECT credited_ocid, amount, currency FROM settlement.receipts", connection))
        await using (var reader = await receipts.ExecuteReaderAsync(Ct))
        {
            while (await reader.ReadAsync(Ct))
            {
                var ocid = reader.IsDBNull(0) ? (long?)null : reader.GetInt64(0);
                Add(ocid is null ? "suspense" : "partner", ocid, reader.GetString(2), ExactAmount.Units(reader.GetString(1)));
            }
        }

        var actual = new Dictionary<(string Kind, long? Ocid, string Currency), BigInteger>();
        await using (var accounts = new NpgsqlCommand(
            "SELECT kind, ocid, currency, (credits_posted - debits_posted)::text FROM settlement.accounts WHERE kind IN ('partner', 'suspense')", connection))
        await using (var reader = await accounts.ExecuteReaderAsync(Ct))
        {
            while (await reader.ReadAsync(Ct))
                actual[(reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetInt64(1), reader.GetString(2))] = ExactAmount.Units(reader.GetString(3));
        }

        foreach (var key in expected.Keys.Union(actual.Keys))
            Assert.True(expected.GetValueOrDefault(key) == actual.GetValueOrDefault(key),
                $"{key}: the accepted calls add up to {expected.GetValueOrDefault(key)}e-18, the ledger holds {actual.GetValueOrDefault(key)}e-18");
    }

    private async Task<T> ScalarAsync<T>(string sql)
    {
        await using var connection = new NpgsqlConnection(scenario.ConnectionString);
        await connection.OpenAsync(Ct);
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync(Ct))!;
    }

    /// <summary>"200" or "4xx CODE"; anything else fails the sample with what came back.</summary>
    private static string Outcome(HttpStatusCode status, string body)
    {
        if (status == HttpStatusCode.OK)
            return "200";
        return FuzzAnswer.ClientError(status, body);
    }
}
