using Hangfire;
using Microsoft.Extensions.Hosting;

namespace PaymentGateway.Settlement.Jobs;

/// <summary>
/// At start-up: registers the minutely resume sweep and runs it once now, so deliveries left pending by a stopped
/// host go out without waiting for the next minute.
/// </summary>
internal sealed class DeliveryJobsRegistration(IRecurringJobManager recurringJobs, IBackgroundJobClient jobs) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        recurringJobs.AddOrUpdate<ResumeDeliveriesJob>(ResumeDeliveriesJob.RecurringJobId,
            job => job.RunAsync(CancellationToken.None), Cron.Minutely(), new RecurringJobOptions());
        jobs.Enqueue<ResumeDeliveriesJob>(job => job.RunAsync(CancellationToken.None));
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
