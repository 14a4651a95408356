using Hangfire;
using Microsoft.Extensions.Hosting;

namespace PaymentGateway.Merchants.Replay;

/// <summary>At start-up: registers the nonce purge, every ten minutes.</summary>
internal sealed class NonceJobsRegistration(IRecurringJobManager recurringJobs) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        recurringJobs.AddOrUpdate<PurgeExpiredNoncesJob>(PurgeExpiredNoncesJob.RecurringJobId,
            job => job.RunAsync(CancellationToken.None), "*/10 * * * *", new RecurringJobOptions());
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
