using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PaymentGateway.IntegrationTests.Infrastructure;

namespace PaymentGateway.IntegrationTests.Operators;

/// <summary>
/// The operator scenario with a poison message parked after three attempts, and every log line of the outbox kept
/// (down to Debug, where the relay writes the full exception of the first and the last attempt).
/// </summary>
public sealed class PoisonMessageScenario(PostgresServer postgres) : OperatorScenario(postgres)
{
    public const int MaxAttempts = 3;

    public LogCapture Logs { get; } = new();

    protected override IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>(base.ExtraSettings)
    {
        ["Outbox:MaxAttempts"] = MaxAttempts.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Logging:LogLevel:PaymentGateway.Modularity"] = "Debug",
    };

    protected override void ConfigureServices(IServiceCollection services) =>
        services.AddSingleton<ILoggerProvider>(Logs);
}
