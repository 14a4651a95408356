using System.Linq.Expressions;
using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace PaymentGateway.Modularity.Jobs;

public static class RecurringJobServiceCollectionExtensions
{
    /// <summary>
    /// Registers <paramref name="run"/> as the recurring Hangfire job <paramref name="recurringJobId"/> when the host
    /// starts (every host does; Hangfire keeps one definition per id). <paramref name="alsoRunAtStartup"/> enqueues it
    /// once as well, for sweeps that must catch up after downtime.
    /// </summary>
    public static IServiceCollection AddRecurringJob<TJob>(this IServiceCollection services, string recurringJobId,
        Expression<Func<TJob, Task>> run, string cron, bool alsoRunAtStartup = false) =>
        services.AddSingleton<IHostedService>(provider => new RecurringJobRegistration<TJob>(
            provider.GetRequiredService<IRecurringJobManager>(), provider.GetRequiredService<IBackgroundJobClient>(),
            recurringJobId, run, cron, alsoRunAtStartup));
}
