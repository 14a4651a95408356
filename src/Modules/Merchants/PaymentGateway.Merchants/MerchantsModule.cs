using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PaymentGateway.Merchants.Contracts;
using PaymentGateway.Merchants.Directory;
using PaymentGateway.Merchants.Features.PublishMetadata;
using PaymentGateway.Merchants.Metadata;
using PaymentGateway.Merchants.Persistence;
using PaymentGateway.Merchants.Replay;
using PaymentGateway.Modularity.Jobs;
using PaymentGateway.Modularity.Persistence;
using PaymentGateway.Opencharge.AspNetCore.Authentication;
using PaymentGateway.Opencharge.AspNetCore.Identity;

namespace PaymentGateway.Merchants;

/// <summary>The Merchants module: our directory of partners, their metadata, and replay protection.</summary>
public static class MerchantsModule
{
    public static IServiceCollection AddMerchantsModule(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(GatewayOptions.Section);
        services.Configure<DirectoryOptions>(section);
        // Validated now so a bad directory entry stops the gateway at start-up, not on the first request.
        services.AddSingleton(DirectoryEntries.Create(section.Get<DirectoryOptions>() ?? new DirectoryOptions()));

        services.AddHttpClient(MetadataFetcher.HttpClientName, (provider, client) =>
        {
            client.Timeout = provider.GetRequiredService<IOptions<DirectoryOptions>>().Value.MetadataTimeout;
            client.DefaultRequestHeaders.Accept.ParseAdd("application/json");
        });
        services.AddSingleton<MerchantsMetrics>();
        services.AddSingleton<MetadataFetcher>();
        services.AddSingleton<IPartnerDirectory, PartnerDirectory>();
        services.AddSingleton<ICallerKeyStore, DirectoryCallerKeyStore>();
        services.AddScoped<INonceRegistry, PostgresNonceRegistry>();
        services.AddTransient<PurgeExpiredNoncesJob>();
        services.AddRecurringJob<PurgeExpiredNoncesJob>(PurgeExpiredNoncesJob.RecurringJobId,
            job => job.RunAsync(CancellationToken.None), "*/10 * * * *");
        services.AddSingleton<OwnMetadataDocument>();
        services.AddModuleDatabase<MerchantsDbContext>(configuration, MerchantsDbContext.Schema);
        return services;
    }
}
