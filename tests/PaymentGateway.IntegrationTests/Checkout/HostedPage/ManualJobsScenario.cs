using PaymentGateway.IntegrationTests.Infrastructure;

namespace PaymentGateway.IntegrationTests.Checkout.HostedPage;

/// <summary>
/// The standard scenario with no Hangfire server: background jobs (the expiry sweep, the resolution of stale payment
/// attempts) run only when a test runs them, so it can set up what a crashed host left behind and watch each step.
/// </summary>
public sealed class ManualJobsScenario(PostgresServer postgres) : GatewayScenario(postgres)
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Hangfire:Server:Enabled"] = "false",
    };
}
