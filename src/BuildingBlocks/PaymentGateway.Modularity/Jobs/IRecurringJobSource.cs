using Hangfire;

namespace PaymentGateway.Modularity.Jobs;

/// <summary>A module's recurring Hangfire jobs. The host registers every source at start-up, ids <c>module:what</c>.</summary>
public interface IRecurringJobSource
{
    void Register(IRecurringJobManager recurringJobs);
}
