using Microsoft.Extensions.DependencyInjection;
using PaymentGateway.IntegrationTests.Infrastructure;

namespace PaymentGateway.IntegrationTests.Operations;

/// <summary>
/// A gateway whose operational rate limit is out of the way (so every probe of a flood reaches readiness itself) and
/// whose ready checks include <see cref="ConcurrencyProbeCheck"/>.
/// </summary>
public sealed class ReadinessFloodScenario(PostgresServer postgres) : GatewayScenario(postgres)
{
    public ConcurrencyProbeCheck Probe { get; } = new();

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["RateLimiting:Operations:PermitsPerSecond"] = "1000000",
        ["RateLimiting:Operations:Burst"] = "1000000",
    };

    protected override void ConfigureServices(IServiceCollection services) =>
        services.AddHealthChecks().Add(new Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckRegistration(
            ConcurrencyProbeCheck.Name, _ => Probe, failureStatus: null, tags: ["ready"]));
}
