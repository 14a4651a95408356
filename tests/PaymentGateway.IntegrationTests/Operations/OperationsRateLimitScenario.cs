using PaymentGateway.IntegrationTests.Infrastructure;

namespace PaymentGateway.IntegrationTests.Operations;

/// <summary>A gateway whose operational surfaces allow three requests at once and one a second per client address.</summary>
public sealed class OperationsRateLimitScenario(PostgresServer postgres) : GatewayScenario(postgres)
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["RateLimiting:Operations:PermitsPerSecond"] = "1",
        ["RateLimiting:Operations:Burst"] = "3",
    };
}
