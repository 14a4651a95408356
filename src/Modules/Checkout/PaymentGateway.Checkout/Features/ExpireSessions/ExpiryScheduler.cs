using System.Collections.Concurrent;
using Hangfire;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace PaymentGateway.Checkout.Features.ExpireSessions;

/// <summary>
/// Makes sure a delayed expiry job exists for the window a new session expires in. Scheduling a Hangfire job costs
/// several statements; doing it for every session cut create throughput to a third, so sessions expiring in the same
/// window share one job. Once per window across all hosts: each host asks the database once per window (a unique
/// row per window in <c>checkout.expiry_windows</c>) and only the winner schedules the job.
/// </summary>
internal sealed partial class ExpiryScheduler(
    ExpiryWindowStore windows,
    IBackgroundJobClient jobs,
    IOptions<ExpiryOptions> options,
    TimeProvider clock,
    ILogger<ExpiryScheduler> logger)
{
    private readonly ConcurrentDictionary<long, bool> _scheduledWindows = new();

    /// <summary>Never throws: the session is committed, and the minutely sweep expires it should its window have no job.</summary>
    public async Task ScheduleAsync(DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        var window = (long)options.Value.JobWindow.TotalSeconds;
        if (window <= 0)
            return;
        var windowEnd = (expiresAt.ToUnixTimeSeconds() + window - 1) / window * window;
        if (!_scheduledWindows.TryAdd(windowEnd, true))
            return;
        var dueBy = DateTimeOffset.FromUnixTimeSeconds(windowEnd);
        try
        {
            // A crash between the claim and the schedule leaves the window to the sweep (at most a minute late).
            if (await windows.TryClaimAsync(dueBy, clock.GetUtcNow(), cancellationToken))
                jobs.Schedule<ExpireDueSessionsJob>(job => job.RunWindowAsync(dueBy, CancellationToken.None), dueBy);
        }
#pragma warning disable CA1031 // A failure here must not turn a committed create into an error; the sweep covers it.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            // Forgotten locally, so the next session of the window tries again.
            _scheduledWindows.TryRemove(windowEnd, out _);
            LogScheduleFailed(logger, dueBy, exception.GetType().FullName, exception.Message);
        }
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

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Could not schedule the expiry job of the window due by {DueBy:O} ({ErrorType}: {Error}); the minutely sweep expires its sessions")]
    private static partial void LogScheduleFailed(ILogger logger, DateTimeOffset dueBy, string? errorType, string error);
}
