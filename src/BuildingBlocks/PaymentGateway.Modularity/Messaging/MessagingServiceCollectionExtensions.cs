using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace PaymentGateway.Modularity.Messaging;

public static class MessagingServiceCollectionExtensions
{
    /// <summary>
    /// Gives a module's DbContext an outbox relay, inline (<see cref="OutboxRelay{TContext}"/>) and polled, and an
    /// <see cref="OutboxPurger{TContext}"/> for the module's housekeeping job and a <see cref="ParkedMessageStore{TContext}"/>
    /// for its operator endpoints.
    /// </summary>
    public static IServiceCollection AddOutbox<TContext>(this IServiceCollection services, IConfiguration configuration)
        where TContext : DbContext
    {
        services.AddOptions<OutboxOptions>()
            .Bind(configuration.GetSection(OutboxOptions.Section))
            .Validate(outbox => outbox.PollInterval > TimeSpan.Zero && outbox.Retention > TimeSpan.Zero && outbox.MaxRetryDelay > TimeSpan.Zero && outbox.Lease > TimeSpan.Zero,
                "Outbox:PollInterval, Outbox:Retention, Outbox:MaxRetryDelay and Outbox:Lease must be positive durations (e.g. 00:00:02, 7.00:00:00, 00:05:00, 00:00:30).")
            .Validate(outbox => outbox.MaxAttempts >= 1, "Outbox:MaxAttempts must be at least 1 (e.g. 10).")
            .ValidateOnStart();
        services.TryAddSingleton<IntegrationEventPublisher>();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<OutboxMetrics>();
        services.AddSingleton<OutboxRelay<TContext>>();
        services.AddScoped<ParkedMessageStore<TContext>>();
        services.AddScoped<OutboxPurger<TContext>>();
        services.AddSingleton<InlineOutboxRelay<TContext>>();
        services.AddHostedService<OutboxRelayService<TContext>>();
        return services;
    }

    /// <summary>Registers every <see cref="IIntegrationEventHandler{TEvent}"/> in a module's assembly (Scrutor scan).</summary>
    public static IServiceCollection AddIntegrationEventHandlers(this IServiceCollection services, Assembly moduleAssembly) =>
        services.Scan(scan => scan.FromAssemblies(moduleAssembly)
            .AddClasses(classes => classes.AssignableTo(typeof(IIntegrationEventHandler<>)), publicOnly: false)
            .AsImplementedInterfaces()
            .WithScopedLifetime());
}
