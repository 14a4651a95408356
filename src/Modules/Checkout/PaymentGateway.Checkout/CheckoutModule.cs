using FastEndpoints;
using Hangfire;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PaymentGateway.Checkout.Features.CreateCheckout;
using PaymentGateway.Checkout.Features.ExpireSessions;
using PaymentGateway.Checkout.Features.HostedPage;
using PaymentGateway.Checkout.Features.Housekeeping;
using PaymentGateway.Checkout.Features.OperatorSessions;
using PaymentGateway.Checkout.Features.ResolveCharges;
using PaymentGateway.Checkout.Persistence;
using PaymentGateway.Modularity.Jobs;
using PaymentGateway.Modularity.Messaging;
using PaymentGateway.Modularity.Persistence;

namespace PaymentGateway.Checkout;

/// <summary>The Checkout module: sessions, the hosted page and payment.</summary>
public static class CheckoutModule
{
    public static IServiceCollection AddCheckoutModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<CheckoutMetrics>();
        services.Configure<CheckoutOptions>(configuration.GetSection(CheckoutOptions.Section));
        services.AddModuleDatabase<CheckoutDbContext>(configuration, CheckoutDbContext.Schema);
        services.AddOutbox<CheckoutDbContext>(configuration);
        services.AddScoped<SessionStore>();
        services.AddScoped<CreateCheckoutHandler>();
        // FastEndpoints binds /checkout/create with the binder DI holds for its request type: the binder needs
        // Opencharge:AllowInsecureMetadata for return URLs, and an endpoint's Configure has no services to read it from.
        services.AddSingleton<IRequestBinder<CreateCheckoutRequest>, CreateCheckoutRequestBinder>();
        services.AddHostedPage();
        services.AddScoped<OperatorSessionQuery>();
        services.Configure<ExpiryOptions>(configuration.GetSection(ExpiryOptions.Section));
        services.AddSingleton<SessionExpirer>();
        services.AddSingleton<ExpiryWindowStore>();
        services.AddSingleton<ExpiryScheduler>();
        services.AddScoped<DueSessionSweeper>();
        // The minutely sweep also runs once at start-up, to expire what came due while no host was up.
        services.AddRecurringJob<ExpireDueSessionsJob>(ExpireDueSessionsJob.RecurringJobId,
            job => job.RunAsync(CancellationToken.None), Cron.Minutely(), alsoRunAtStartup: true);
        // Payment attempts whose host died while charging: looked up at the processor by their idempotency key.
        services.AddScoped<StaleChargeResolver>();
        services.AddRecurringJob<ResolveStaleChargesJob>(ResolveStaleChargesJob.RecurringJobId,
            job => job.RunAsync(CancellationToken.None), Cron.Minutely(), alsoRunAtStartup: true);
        services.AddRecurringJob<PurgeRelayedEventsJob>(PurgeRelayedEventsJob.RecurringJobId,
            job => job.RunAsync(CancellationToken.None), "17 * * * *");
        // Hangfire activates jobs through DI: every *Job class of the module, resolved fresh per run.
        services.Scan(scan => scan.FromAssemblyOf<CheckoutOptions>()
            .AddClasses(classes => classes.Where(type => type.Name.EndsWith("Job", StringComparison.Ordinal)), publicOnly: false)
            .AsSelf()
            .WithTransientLifetime());
        return services;
    }
}
