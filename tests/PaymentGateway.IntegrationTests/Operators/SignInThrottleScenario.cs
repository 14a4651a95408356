using PaymentGateway.IntegrationTests.Infrastructure;

namespace PaymentGateway.IntegrationTests.Operators;

/// <summary>One admin and a limit of three failed sign-ins per client address and minute.</summary>
public sealed class SignInThrottleScenario(PostgresServer postgres) : GatewayScenario(postgres)
{
    public const string AdminPassword = "throttled-admin-pass";

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Hangfire:Dashboard:Users:0:Name"] = "admin",
        ["Hangfire:Dashboard:Users:0:Password"] = AdminPassword,
        ["Hangfire:Dashboard:Users:0:Role"] = "admin",
        ["Hangfire:Dashboard:FailedSignInLimit"] = "3",
        ["Hangfire:Dashboard:FailedSignInWindow"] = "00:01:00",
    };
}
