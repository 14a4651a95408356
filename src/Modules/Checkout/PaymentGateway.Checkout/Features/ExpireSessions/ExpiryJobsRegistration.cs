using Hangfire;
using Microsoft.Extensions.Hosting;

namespace PaymentGateway.Checkout.Features.ExpireSessions;

/// <summary>At start-up: registers the minutely expiry sweep and runs it once now, to catch up after downtime.</summary>
internal sealed class ExpiryJobsRegistration(IRecurringJobManager recurringJobs, IBackgroundJobClient jobs) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        recurringJobs.AddOrUpdate<ExpireDueSessionsJob>(ExpireDueSessionsJob.RecurringJobId,
            job => job.RunAsync(CancellationToken.None), Cron.Minutely(), new RecurringJobOptions());
        jobs.Enqueue<ExpireDueSessionsJob>(job => job.RunAsync(CancellationToken.None));
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
