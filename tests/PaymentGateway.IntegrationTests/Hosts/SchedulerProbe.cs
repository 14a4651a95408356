using System.Diagnostics;
using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using PaymentGateway.IntegrationTests.Infrastructure;

namespace PaymentGateway.IntegrationTests.Hosts;

/// <summary>
/// Proves that both of Hangfire's schedulers work on a host: a job scheduled one second ahead (moved to its queue by
/// the schedule poller, like every delivery retry) and a recurring job due every second (triggered by the recurring-job
/// scheduler, like the resume and expiry sweeps) must both run.
/// </summary>
public static class SchedulerProbe
{
    /// <summary>Time from <paramref name="since"/> until both ran; fails after <paramref name="within"/>.</summary>
    public static async Task<(TimeSpan Scheduled, TimeSpan Recurring)> WaitUntilBothRunAsync(GatewayHost host, Stopwatch since, TimeSpan within)
    {
        var scheduledKey = "scheduled-" + Guid.NewGuid().ToString("N");
        var recurringKey = "recurring-" + Guid.NewGuid().ToString("N");
        var recurringJobId = "probe:" + recurringKey;
        host.Services.GetRequiredService<IBackgroundJobClient>().Schedule(() => ProbeJobs.Record(scheduledKey), TimeSpan.FromSeconds(1));
        host.Services.GetRequiredService<IRecurringJobManager>()
            .AddOrUpdate(recurringJobId, () => ProbeJobs.Record(recurringKey), "* * * * * *", new RecurringJobOptions());
        try
        {
            TimeSpan? scheduled = null, recurring = null;
            await Eventually.GetAsync(() =>
            {
                scheduled ??= ProbeJobs.FirstRun(scheduledKey) is null ? null : since.Elapsed;
                recurring ??= ProbeJobs.FirstRun(recurringKey) is null ? null : since.Elapsed;
                return Task.FromResult((scheduled, recurring));
            }, runs => runs.scheduled is not null && runs.recurring is not null, within - since.Elapsed,
                "a scheduled and a recurring job run (scheduled, recurring)");
            return (scheduled!.Value, recurring!.Value);
        }
        finally
        {
            host.Services.GetRequiredService<IRecurringJobManager>().RemoveIfExists(recurringJobId);
        }
    }
}
