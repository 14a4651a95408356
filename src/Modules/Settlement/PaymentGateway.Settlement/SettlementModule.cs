using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace PaymentGateway.Settlement;

/// <summary>The Settlement module: the ledger, transfer proofs and their delivery to merchant gateways.</summary>
public static class SettlementModule
{
    public static IServiceCollection AddSettlementModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<SettlementMetrics>();
        return services;
    }
}
