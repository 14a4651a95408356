using System.Collections.Concurrent;
using Hangfire;
using Microsoft.Extensions.Options;

namespace PaymentGateway.Checkout.Features.ExpireSessions;

/// <summary>
/// Makes sure a delayed expiry job exists for the window a new session expires in. Scheduling a Hangfire job costs
/// several statements; doing it for every session cut create throughput to a third, so sessions expiring in the same
/// window share one job. Each host schedules a window once; a second host's job for the same window is harmless.
/// </summary>
internal sealed class ExpiryScheduler(IBackgroundJobClient jobs, IOptions<ExpiryOptions> options, TimeProvider clock)
{
    private readonly ConcurrentDictionary<long, bool> _scheduledWindows = new();

    public void Schedule(DateTimeOffset expiresAt)
    {
        var window = (long)options.Value.JobWindow.TotalSeconds;
        if (window <= 0)
            return;
        var windowEnd = (expiresAt.ToUnixTimeSeconds() + window - 1) / window * window;
        if (!_scheduledWindows.TryAdd(windowEnd, true))
            return;
        var dueBy = DateTimeOffset.FromUnixTimeSeconds(windowEnd);
        jobs.Schedule<ExpireCheckoutsDueJob>(job => job.RunAsync(dueBy, CancellationToken.None), dueBy);
        ForgetPastWindows();
    }

    private void ForgetPastWindows()
    {
        if (_scheduledWindows.Count < 1000)
            return;
        var now = clock.GetUtcNow().ToUnixTimeSeconds();
        foreach (var windowEnd in _scheduledWindows.Keys.Where(end => end < now))
            _scheduledWindows.TryRemove(windowEnd, out _);
    }
}
