using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace PaymentGateway.Host.Operations.Health;

/// <summary>
/// What <c>/health/ready</c> answers, cheap and bounded however many probes arrive: at most one evaluation of the
/// ready checks runs at a time, every probe that arrives meanwhile awaits that same evaluation, and its result is
/// served for <see cref="MaxAge"/> after it finishes. A flood of probes therefore costs one round of checks every
/// <see cref="MaxAge"/>, never one per request.
/// </summary>
internal sealed class ReadinessCache(HealthCheckService healthChecks, TimeProvider clock)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(2);

    private readonly Lock _gate = new();
    private Task<HealthReport>? _evaluation;
    private long _finishedAt;

    public Task<HealthReport> GetAsync(CancellationToken cancellationToken)
    {
        Task<HealthReport> evaluation;
        lock (_gate)
        {
            if (_evaluation is null || (_evaluation.IsCompleted && clock.GetElapsedTime(_finishedAt) >= MaxAge))
                _evaluation = EvaluateAsync();
            evaluation = _evaluation;
        }
        // A probe that gives up does not cancel the evaluation others wait for (each check has its own timeout).
        return evaluation.WaitAsync(cancellationToken);
    }

    private async Task<HealthReport> EvaluateAsync()
    {
        await Task.Yield(); // never run the checks under the lock
        try
        {
            return await healthChecks.CheckHealthAsync(check => check.Tags.Contains(HealthTags.Ready), CancellationToken.None);
        }
        finally
        {
            _finishedAt = clock.GetTimestamp();
        }
    }
}
