using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PaymentGateway.Checkout.Features.CreateCheckout;
using PaymentGateway.Checkout.Features.HostedPage;
using PaymentGateway.Checkout.Persistence;
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
        services.AddHostedPage();
        return services;
    }
}
