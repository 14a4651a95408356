using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json;
using CsCheck;
using Npgsql;
using PaymentGateway.IntegrationTests.Infrastructure;
using PaymentGateway.Opencharge.Amounts;

namespace PaymentGateway.IntegrationTests.Checkout.Fuzzing;

/// <summary>
/// Generative fuzzing of POST /checkout/create through the real host: correctly signed bodies with hostile fields
/// and hostile header sets. Every answer must be a 200 or a 4xx in the error envelope with a documented code, within
/// a few seconds, and no stored session may hold an amount settlement could not book. CsCheck (rather than FsCheck):
/// C#-first generators composed with LINQ, async sampling on several threads against one host, and a failure message
/// with the seed that replays it (CsCheck_Seed) and the smallest failing input found.
/// PAYMENTGATEWAY_FUZZ_COUNT raises the number of requests (default 10,000) for longer local runs.
/// </summary>
public sealed class CreateCheckoutFuzzTests(GatewayScenario scenario) : IClassFixture<GatewayScenario>
{
    private const int DefaultCount = 10_000;
    private const int Concurrency = 8;
    private static readonly TimeSpan MaxAnswerTime = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task Every_generated_create_gets_a_200_or_a_documented_4xx_quickly_and_stores_only_bookable_sessions()
    {
        var count = Environment.GetEnvironmentVariable("PAYMENTGATEWAY_FUZZ_COUNT") is { Length: > 0 } text
            ? long.Parse(text, CultureInfo.InvariantCulture) : DefaultCount;
        var parties = new FuzzParties(scenario.Merchant, scenario.MerchantGateway, scenario.Stranger);
        var path = scenario.BasePath + "/checkout/create";
        var statuses = new ConcurrentDictionary<string, int>();
        long slowestTicks = 0;

        await FuzzBodies.Cases(parties).SampleAsync(async fuzz =>
        {
            using var request = FuzzRequests.Create(parties, path, fuzz);
            var clock = Stopwatch.StartNew();
            using var response = await scenario.Gateway.Client.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            clock.Stop();
            InterlockedMax(ref slowestTicks, clock.Elapsed.Ticks);
            var outcome = Outcome(response.StatusCode, body);
            statuses.AddOrUpdate(outcome, 1, (_, n) => n + 1);
            Assert.True(clock.Elapsed < MaxAnswerTime, $"answered in {clock.Elapsed}");
        }, iter: count, threads: Concurrency, print: fuzz => fuzz.ToString());

        var output = TestContext.Current.TestOutputHelper;
        output?.WriteLine($"{count} requests, slowest answer {TimeSpan.FromTicks(slowestTicks)}");
        foreach (var (outcome, n) in statuses.OrderByDescending(s => s.Value))
            output?.WriteLine($"  {n,6}  {outcome}");
        Assert.True(statuses.ContainsKey("200"), "some generated creates must succeed, or the fuzzer only tests the front gate");
        await AssertEverySessionIsBookableAsync();
    }

    /// <summary>"200" or "4xx CODE"; anything else fails the sample with what came back.</summary>
    private static string Outcome(HttpStatusCode status, string body)
    {
        if (status == HttpStatusCode.OK)
        {
            using var ok = JsonDocument.Parse(body);
            Assert.StartsWith("cs_", ok.RootElement.GetProperty("session_id").GetString(), StringComparison.Ordinal);
            return "200";
        }
        return FuzzAnswer.ClientError(status, body);
    }

    private async Task AssertEverySessionIsBookableAsync()
    {
        await using var connection = new NpgsqlConnection(scenario.ConnectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new NpgsqlCommand("SELECT id, amount, currency FROM checkout.sessions", connection);
        await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        var unbookable = new List<string>();
        while (await reader.ReadAsync(TestContext.Current.CancellationToken))
        {
            if (Money.Parse(reader.GetString(1), reader.GetString(2)).Money is null)
                unbookable.Add($"{reader.GetString(0)}: '{reader.GetString(1)}' {reader.GetString(2)}");
        }
        Assert.True(unbookable.Count == 0, "sessions settlement could not book: " + string.Join(", ", unbookable.Take(20)));
    }

    private static void InterlockedMax(ref long target, long value)
    {
        var current = Interlocked.Read(ref target);
        while (value > current)
        {
            var seen = Interlocked.CompareExchange(ref target, value, current);
            if (seen == current)
                return;
            current = seen;
        }
    }
}
