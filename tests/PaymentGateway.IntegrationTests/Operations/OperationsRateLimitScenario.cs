using PaymentGateway.IntegrationTests.Infrastructure;

namespace PaymentGateway.IntegrationTests.Operations;

/// <summary>A gateway whose operational surfaces allow three requests at once and one a second per client address.</summary>
public sealed class OperationsRateLimitScenario(PostgresServer postgres) : GatewayScenario(postgres)
{
    public const int Burst = 3;

    public const int PermitsPerSecond = 1;

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["RateLimiting:Operations:PermitsPerSecond"] = PermitsPerSecond.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["RateLimiting:Operations:Burst"] = Burst.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
