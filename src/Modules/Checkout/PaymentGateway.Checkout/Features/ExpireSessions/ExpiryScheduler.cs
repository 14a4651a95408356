using Hangfire;
using Microsoft.Extensions.Options;

namespace PaymentGateway.Checkout.Features.ExpireSessions;

/// <summary>Schedules a new session's expiry job for the moment it expires.</summary>
internal sealed class ExpiryScheduler(IBackgroundJobClient jobs, IOptions<ExpiryOptions> options)
{
    public void Schedule(string sessionId, DateTimeOffset expiresAt)
    {
        if (options.Value.ScheduleJobPerSession)
            jobs.Schedule<ExpireSessionJob>(job => job.RunAsync(sessionId, CancellationToken.None), expiresAt);
    }
}
