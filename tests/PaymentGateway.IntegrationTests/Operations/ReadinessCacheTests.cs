using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Time.Testing;
using PaymentGateway.Host.Operations.Health;

namespace PaymentGateway.IntegrationTests.Operations;

/// <summary>The readiness cache on its own, with a clock the test moves: shared while running, reused for 2 s, then fresh.</summary>
public sealed class ReadinessCacheTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Concurrent_probes_share_one_evaluation_whose_result_serves_for_two_seconds()
    {
        var probe = new ConcurrencyProbeCheck();
        var clock = new FakeTimeProvider();
        await using var services = new ServiceCollection().AddLogging()
            .AddHealthChecks().Add(new HealthCheckRegistration(ConcurrencyProbeCheck.Name, _ => probe, null, [HealthTags.Ready])).Services
            .BuildServiceProvider();
        var cache = new ReadinessCache(services.GetRequiredService<HealthCheckService>(), clock);

        var reports = await Task.WhenAll(Enumerable.Range(0, 100).Select(_ => cache.GetAsync(Ct)));
        Assert.Equal(1, probe.Evaluations);
        Assert.All(reports, report => Assert.Same(reports[0], report));

        clock.Advance(ReadinessCache.MaxAge - TimeSpan.FromMilliseconds(1));
        Assert.Same(reports[0], await cache.GetAsync(Ct));
        Assert.Equal(1, probe.Evaluations);

        clock.Advance(TimeSpan.FromMilliseconds(1));
        Assert.NotSame(reports[0], await cache.GetAsync(Ct));
        Assert.Equal(2, probe.Evaluations);
        Assert.Equal(1, probe.MaxRunning);
    }

    [Fact]
    public async Task A_probe_that_gives_up_does_not_cancel_the_evaluation_others_wait_for()
    {
        var probe = new ConcurrencyProbeCheck();
        await using var services = new ServiceCollection().AddLogging()
            .AddHealthChecks().Add(new HealthCheckRegistration(ConcurrencyProbeCheck.Name, _ => probe, null, [HealthTags.Ready])).Services
            .BuildServiceProvider();
        var cache = new ReadinessCache(services.GetRequiredService<HealthCheckService>(), new FakeTimeProvider());

        using var impatient = new CancellationTokenSource();
        var gaveUp = cache.GetAsync(impatient.Token);
        var patient = cache.GetAsync(Ct);
        await impatient.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => gaveUp);
        Assert.Equal(HealthStatus.Healthy, (await patient).Status);
        Assert.Equal(1, probe.Evaluations);
    }
}
