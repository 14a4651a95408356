using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace PaymentGateway.IntegrationTests.Operations;

/// <summary>
/// A ready check that takes a while and records how often, and how many at once, the gateway runs it: what a slow
/// dependency check costs the gateway under a flood of probes.
/// </summary>
public sealed class ConcurrencyProbeCheck : IHealthCheck
{
    public const string Name = "concurrency-probe";

    private int _running;
    private int _maxRunning;
    private int _evaluations;

    public int MaxRunning => Volatile.Read(ref _maxRunning);

    public int Evaluations => Volatile.Read(ref _evaluations);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _evaluations);
        var running = Interlocked.Increment(ref _running);
        int max;
        while (running > (max = Volatile.Read(ref _maxRunning)) && Interlocked.CompareExchange(ref _maxRunning, running, max) != max)
        {
        }
        try
        {
            await Task.Delay(TimeSpan.FromMilliseconds(200), cancellationToken);
            return HealthCheckResult.Healthy("probe");
        }
        finally
        {
            Interlocked.Decrement(ref _running);
        }
    }
}
