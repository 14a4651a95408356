using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PaymentGateway.Modularity.Jobs;
using PaymentGateway.Modularity.Messaging;
using PaymentGateway.Modularity.Persistence;
using PaymentGateway.Settlement.Contracts;
using PaymentGateway.Settlement.Delivery;
using PaymentGateway.Settlement.Features.CreateTransfer;
using PaymentGateway.Settlement.Features.CreditCheckout;
using PaymentGateway.Settlement.Features.OperatorLedger;
using PaymentGateway.Settlement.Features.ReceiveTransfer;
using PaymentGateway.Settlement.Features.OperatorDeliveries;
using PaymentGateway.Settlement.Jobs;
using PaymentGateway.Settlement.Ledger;
using PaymentGateway.Settlement.Persistence;
using PaymentGateway.Settlement.Proofs;
using PaymentGateway.Settlement.Queries;
using PaymentGateway.Settlement.Terms;

namespace PaymentGateway.Settlement;

/// <summary>The Settlement module: the ledger, transfer proofs and their delivery to merchant gateways.</summary>
public static class SettlementModule
{
    public static IServiceCollection AddSettlementModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DeliveryOptions>()
            .Bind(configuration.GetSection(DeliveryOptions.Section))
            .Validate(o => o.MaxAttempts >= 2, $"{DeliveryOptions.Section}:MaxAttempts must be at least 2 (the first attempt runs outside Hangfire).")
            .Validate(o => o.BaseDelay > TimeSpan.Zero && o.MaxDelay >= o.BaseDelay, $"{DeliveryOptions.Section}: BaseDelay must be positive and MaxDelay at least BaseDelay.")
            .Validate(o => o.Lease > o.AttemptTimeout && o.Lease > o.FirstAttemptTimeout, $"{DeliveryOptions.Section}:Lease must be longer than the attempt timeouts.")
            .ValidateOnStart();
        services.AddOptions<LedgerGaugeOptions>()
            .Bind(configuration.GetSection(LedgerGaugeOptions.Section))
            .Validate(o => o.Interval > TimeSpan.Zero, $"{LedgerGaugeOptions.Section}:Interval must be positive.")
            .ValidateOnStart();
        services.AddModuleDatabase<SettlementDbContext>(configuration, SettlementDbContext.Schema);
        services.AddHttpClient(WebhookSender.HttpClientName, (provider, client) =>
            client.Timeout = provider.GetRequiredService<IOptions<DeliveryOptions>>().Value.AttemptTimeout + TimeSpan.FromSeconds(1));

        services.Configure<SettlementTermsOptions>(configuration.GetSection(SettlementTermsOptions.Section));
        services.AddSingleton<ISettlementTerms, ConfiguredSettlementTerms>();
        services.AddScoped<ISettlementQueries, SettlementQueries>();
        services.AddScoped<LedgerWriter>();
        services.AddSingleton<AccountIds>();
        services.AddSingleton<LedgerAccounts>();
        services.AddSingleton<CheckoutCreditStatement>();
        services.AddScoped<TransferStore>();
        services.AddScoped<CreateTransferHandler>();
        services.AddScoped<ReceiptStore>();
        services.AddScoped<ReceiveTransferHandler>();
        services.AddSingleton<OperatorLedgerQuery>();
        services.AddScoped<ReceiptAllocator>();
        services.AddSingleton<ProofIssuer>();
        services.AddSingleton<DeliveryStore>();
        services.AddScoped<WebhookSender>();
        services.AddScoped<DeliveryRunner>();
        services.AddScoped<DeliveryScheduler>();
        services.AddScoped<OperatorDeliveryQuery>();
        services.AddSingleton<RedeliveryStore>();
        services.AddScoped<Redeliverer>();
        services.AddIntegrationEventHandlers(typeof(SettlementModule).Assembly);
        // Hangfire resolves job classes from a DI scope per job run.
        services.Scan(scan => scan.FromAssemblies(typeof(SettlementModule).Assembly)
            .AddClasses(classes => classes.InNamespaceOf<DeliverProofJob>().Where(type => type.Name.EndsWith("Job", StringComparison.Ordinal)), publicOnly: false)
            .AsSelf()
            .WithScopedLifetime());
        // Also once at start-up, so deliveries left pending by a stopped host go out without waiting for the next run.
        services.AddRecurringJob<ResumeDeliveriesJob>(ResumeDeliveriesJob.RecurringJobId,
            job => job.RunAsync(CancellationToken.None), ResumeDeliveriesJob.Schedule, alsoRunAtStartup: true);
        services.AddSingleton<SettlementMetrics>();
        services.AddHostedService<PendingDeliveriesGauge>();
        services.AddHostedService<LedgerGauges>();
        return services;
    }
}
