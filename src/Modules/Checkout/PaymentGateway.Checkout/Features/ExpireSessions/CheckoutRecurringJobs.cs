using Hangfire;
using PaymentGateway.Modularity.Jobs;

namespace PaymentGateway.Checkout.Features.ExpireSessions;

internal sealed class CheckoutRecurringJobs : IRecurringJobSource
{
    public void Register(IRecurringJobManager recurringJobs) =>
        recurringJobs.AddOrUpdate<ExpireDueSessionsJob>(ExpireDueSessionsJob.RecurringJobId,
            "checkout", job => job.RunAsync(CancellationToken.None), Cron.Minutely());
}
