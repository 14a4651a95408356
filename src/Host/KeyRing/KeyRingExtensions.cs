using Microsoft.AspNetCore.DataProtection;
using PaymentGateway.Modularity.Persistence;

namespace PaymentGateway.Host.KeyRing;

internal static class KeyRingExtensions
{
    /// <summary>
    /// Antiforgery tokens on the hosted page and the dashboard are protected with this key ring, kept in the database.
    /// Registered before the modules: its migration copies the keys of the earlier <c>checkout.data_protection_keys</c>
    /// and must run before Checkout's migration drops that table (migrations run in registration order).
    /// </summary>
    public static IServiceCollection AddGatewayKeyRing(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDatabase<KeyRingDbContext>(configuration, KeyRingDbContext.Schema);
        services.AddDataProtection()
            .SetApplicationName("opencharge-payment-gateway")
            .PersistKeysToDbContext<KeyRingDbContext>();
        return services;
    }
}
