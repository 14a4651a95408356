using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using PaymentGateway.IntegrationTests.Infrastructure;

namespace PaymentGateway.IntegrationTests.Operations;

/// <summary>
/// A flood of readiness probes must not starve the process: 200 concurrent probes used to hold thread-pool threads
/// in Hangfire's synchronous monitoring API until /health/live took 26 s and creates timed out.
/// </summary>
public sealed class ReadinessFloodTests(ReadinessFloodScenario scenario) : IClassFixture<ReadinessFloodScenario>
{
    private const int Probes = 1000;

    // Generous for a loaded machine; the starved process took 26 s.
    private static readonly TimeSpan LiveBound = TimeSpan.FromSeconds(5);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_thousand_concurrent_readiness_probes_leave_live_fast_and_creates_unharmed()
    {
        using (await Eventually.GetAsync(() => scenario.Gateway.Client.GetAsync("/health/ready", Ct),
                   r => r.StatusCode == HttpStatusCode.OK, because: "ready after start-up"))
        {
        }
        var evaluationsBefore = scenario.Probe.Evaluations;
        using var floodClient = new HttpClient { BaseAddress = new Uri(scenario.Gateway.BaseUrl), Timeout = TimeSpan.FromSeconds(60) };
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(Ct);

        var createFailures = new ConcurrentQueue<string>();
        var creates = 0;
        var createLoop = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                using var response = await scenario.CreateCheckoutAsync();
                Interlocked.Increment(ref creates);
                if (response.StatusCode != HttpStatusCode.OK)
                    createFailures.Enqueue($"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(Ct)}");
            }
        }, Ct);
        var liveTimes = new ConcurrentQueue<TimeSpan>();
        var liveLoop = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                var watch = Stopwatch.StartNew();
                using var live = await scenario.Gateway.Client.GetAsync("/health/live", Ct);
                liveTimes.Enqueue(watch.Elapsed);
                Assert.Equal(HttpStatusCode.OK, live.StatusCode);
                await Task.Delay(50, Ct);
            }
        }, Ct);

        var flood = Stopwatch.StartNew();
        var statuses = await Task.WhenAll(Enumerable.Range(0, Probes).Select(async _ =>
        {
            using var response = await floodClient.GetAsync("/health/ready", Ct);
            return response.StatusCode;
        }));
        flood.Stop();
        await Task.Delay(500, Ct); // one more live probe and create after the flood
        await stop.CancelAsync();
        await Task.WhenAll(createLoop, liveLoop);

        Assert.All(statuses, status => Assert.Equal(HttpStatusCode.OK, status));
        Assert.Empty(createFailures);
        Assert.True(creates > 0, "creates ran during the flood");
        Assert.NotEmpty(liveTimes);
        Assert.True(liveTimes.Max() < LiveBound, $"slowest /health/live took {liveTimes.Max()}");
        // One evaluation at a time, and about one per cache period rather than one per probe.
        Assert.Equal(1, scenario.Probe.MaxRunning);
        var evaluations = scenario.Probe.Evaluations - evaluationsBefore;
        Assert.True(evaluations <= flood.Elapsed.TotalSeconds / 2 + 2, $"{evaluations} evaluations for {Probes} probes in {flood.Elapsed}");
    }
}
