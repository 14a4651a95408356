using Hangfire;
using Microsoft.Extensions.Hosting;

namespace PaymentGateway.Checkout.Features.Housekeeping;

/// <summary>At start-up: registers the hourly purge of relayed outbox messages.</summary>
internal sealed class HousekeepingJobsRegistration(IRecurringJobManager recurringJobs) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        recurringJobs.AddOrUpdate<PurgeRelayedEventsJob>(PurgeRelayedEventsJob.RecurringJobId,
            job => job.RunAsync(CancellationToken.None), "17 * * * *", new RecurringJobOptions());
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
