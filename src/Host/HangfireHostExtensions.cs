using Hangfire;
using Hangfire.AspNetCore;
using Hangfire.PostgreSql;
using Npgsql;

namespace PaymentGateway.Host;

/// <summary>
/// Hangfire for every module: storage in the <c>hangfire</c> schema of the gateway database, and (unless
/// <c>Hangfire:Server:Enabled</c> is false) a server working the module queues. The dashboard is not mapped yet.
/// </summary>
internal static class HangfireHostExtensions
{
    /// <summary>Module queues first, so their jobs are picked before anything left on the default queue.</summary>
    private static readonly string[] Queues = ["settlement", "checkout", "merchants", "default"];

    /// <summary>
    /// How old a lock row must be before any host may take the lock over. Only the fallback for a holder whose database
    /// session outlives it (its machine vanished and PostgreSQL has not noticed yet): <see cref="OrphanedLockReaper"/>
    /// frees a dead process's locks within seconds. Hangfire's default is 10 minutes, during which a lock left by the
    /// schedule poller stops every scheduled retry on every host. Holding a lock longer than this lets a second holder
    /// in: Hangfire's schedulers hold theirs for milliseconds, and our jobs under [DisableConcurrentExecution] are safe
    /// to overlap (set-based, conditional updates); the attribute only saves duplicate work.
    /// </summary>
    private static readonly TimeSpan DistributedLockTimeout = TimeSpan.FromMinutes(1);

    public static IServiceCollection AddGatewayHangfire(this IServiceCollection services, IConfiguration configuration)
    {
        var storageOptions = new PostgreSqlStorageOptions
        {
            SchemaName = "hangfire",
            // The default 15 s would delay every retry and resume; 1 s costs one cheap query per worker poll.
            QueuePollInterval = TimeSpan.FromSeconds(1),
            PrepareSchemaIfNecessary = true,
            DistributedLockTimeout = DistributedLockTimeout,
        };
        // Storage and activator are this host's own services, registered before AddHangfire (which only adds them if
        // missing): its defaults go through the process-wide JobStorage.Current and JobActivator.Current, which would
        // let one host run jobs in another host's container when several run in one process (integration tests).
        services.AddSingleton<JobStorage>(provider =>
            new PostgreSqlStorage(new DataSourceConnectionFactory(provider.GetRequiredService<NpgsqlDataSource>()), storageOptions));
        services.AddSingleton<JobActivator>(provider => new AspNetCoreJobActivator(provider.GetRequiredService<IServiceScopeFactory>()));
        services.AddHangfire((provider, config) => config
            .UseLogProvider(new DisposalTolerantLogProvider(provider.GetRequiredService<ILoggerFactory>()))
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings());

        if (configuration.GetValue("Hangfire:Server:Enabled", true))
            services.AddHangfireServer(options =>
            {
                options.Queues = Queues;
                // Each worker holds a database connection while it polls; size it with the pool in mind.
                options.WorkerCount = configuration.GetValue("Hangfire:Server:WorkerCount", Math.Min(Environment.ProcessorCount * 5, 20));
                // Scheduled retries are moved to their queue by a poll, every 15 s by default; keep them on time.
                options.SchedulePollingInterval = TimeSpan.FromSeconds(1);
            });
        services.AddSingleton<OrphanedLockReaper>();
        services.AddSingleton<RetiredJobs>();
        services.AddHostedService(provider => provider.GetRequiredService<OrphanedLockReaper>());
        return services;
    }

    /// <summary>
    /// Installs or upgrades Hangfire's schema now (the storage does it when first resolved), under the caller's
    /// <see cref="PaymentGateway.Modularity.Persistence.MigrationLock"/>: Hangfire's installer is not safe against another
    /// host running it at the same moment. Then frees the locks of dead hosts, before anything here waits on them, and
    /// deletes the waiting jobs of retired classes (<see cref="RetiredJobs"/>).
    /// </summary>
    public static async Task PrepareHangfireStorageAsync(this IServiceProvider services, CancellationToken cancellationToken)
    {
        _ = services.GetRequiredService<JobStorage>();
        await HangfireLockHolders.InstallAsync(services.GetRequiredService<NpgsqlDataSource>(), cancellationToken);
        await services.GetRequiredService<OrphanedLockReaper>().ReapAsync(cancellationToken);
        await services.GetRequiredService<RetiredJobs>().DeleteAsync(cancellationToken);
    }
}
