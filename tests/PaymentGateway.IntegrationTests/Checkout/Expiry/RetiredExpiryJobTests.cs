using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using PaymentGateway.Checkout.Features.ExpireSessions;
using PaymentGateway.Host;
using PaymentGateway.IntegrationTests.Checkout.HostedPage;
using PaymentGateway.IntegrationTests.Infrastructure;

namespace PaymentGateway.IntegrationTests.Checkout.Expiry;

/// <summary>
/// The delayed expiry job used to be a class of its own (<c>ExpireCheckoutsDueJob</c>); it is now a method of
/// <see cref="ExpireDueSessionsJob"/>. Jobs of the old class that an upgraded database still holds are deleted at
/// start-up (<see cref="RetiredJobs"/>), so none ends Failed on the dashboard for a type that no longer exists.
/// </summary>
public sealed class RetiredExpiryJobTests(ManualJobsScenario scenario) : IClassFixture<ManualJobsScenario>
{
    [Fact]
    public async Task Scheduled_jobs_of_the_retired_class_are_deleted_at_start_up_and_current_ones_kept()
    {
        var jobs = scenario.Gateway.Services.GetRequiredService<IBackgroundJobClient>();
        var dueBy = DateTimeOffset.UtcNow.AddHours(1);
        var current = jobs.Schedule<ExpireDueSessionsJob>(job => job.RunWindowAsync(dueBy, CancellationToken.None), dueBy);
        var retired = jobs.Schedule<ExpireDueSessionsJob>(job => job.RunWindowAsync(dueBy.AddSeconds(5), CancellationToken.None), dueBy.AddSeconds(5));
        // What the previous version stored: the same call on the class it had then.
        Assert.Equal(1L, await Database.ScalarAsync<long>(scenario.ConnectionString, """
            WITH changed AS (
                UPDATE hangfire.job
                SET invocationdata = replace(replace(invocationdata::text, 'ExpireSessions.ExpireDueSessionsJob', 'ExpireSessions.ExpireCheckoutsDueJob'),
                                             'RunWindowAsync', 'RunAsync')::jsonb
                WHERE id = $1 RETURNING 1)
            SELECT count(*) FROM changed
            """, long.Parse(retired, System.Globalization.CultureInfo.InvariantCulture)));

        // What every host does at start-up, after installing Hangfire's schema.
        Assert.Equal(1, await scenario.Gateway.Services.GetRequiredService<RetiredJobs>().DeleteAsync(TestContext.Current.CancellationToken));

        Assert.Equal("Deleted", await StateAsync(retired));
        Assert.Equal("Scheduled", await StateAsync(current));
    }

    private Task<string?> StateAsync(string jobId) =>
        Database.ScalarAsync<string>(scenario.ConnectionString, "SELECT statename FROM hangfire.job WHERE id = $1",
            long.Parse(jobId, System.Globalization.CultureInfo.InvariantCulture));
}
