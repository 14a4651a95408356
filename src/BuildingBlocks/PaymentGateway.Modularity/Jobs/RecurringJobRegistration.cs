using System.Linq.Expressions;
using Hangfire;
using Microsoft.Extensions.Hosting;

namespace PaymentGateway.Modularity.Jobs;

/// <summary>
/// At start-up: registers (or updates) one recurring job of a module and, when asked, enqueues it once right away, so
/// that work left by downtime is not left until the first scheduled run.
/// </summary>
internal sealed class RecurringJobRegistration<TJob>(
    IRecurringJobManager recurringJobs,
    IBackgroundJobClient jobs,
    string recurringJobId,
    Expression<Func<TJob, Task>> run,
    string cron,
    bool alsoRunAtStartup) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        recurringJobs.AddOrUpdate(recurringJobId, run, cron, new RecurringJobOptions());
        if (alsoRunAtStartup)
            jobs.Enqueue(run);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
