using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PaymentGateway.IntegrationTests.Infrastructure;
using PaymentGateway.Settlement.Contracts;

namespace PaymentGateway.IntegrationTests.Checkout.HostedPage;

/// <summary>The standard scenario, plus a stand-in for Settlement's queries when the real module does not provide them.</summary>
public class HostedPageScenario(PostgresServer postgres) : GatewayScenario(postgres)
{
    protected override void ConfigureServices(IServiceCollection services) =>
        services.TryAddSingleton<ISettlementQueries, StubSettlementQueries>();
}
