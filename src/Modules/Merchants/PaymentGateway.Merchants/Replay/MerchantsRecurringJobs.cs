using Hangfire;
using PaymentGateway.Modularity.Jobs;

namespace PaymentGateway.Merchants.Replay;

internal sealed class MerchantsRecurringJobs : IRecurringJobSource
{
    public void Register(IRecurringJobManager recurringJobs) =>
        recurringJobs.AddOrUpdate<PurgeExpiredNoncesJob>(PurgeExpiredNoncesJob.RecurringJobId,
            "default", job => job.RunAsync(CancellationToken.None), "*/10 * * * *");
}
