using Hangfire;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace PaymentGateway.Host.Operations.Health;

/// <summary>
/// Ready only if this process's Hangfire server is running and heart-beating: without it no expiry, retry or resume
/// job would run here. Hosts started with <c>Hangfire:Server:Enabled=false</c> (web-only nodes) report healthy.
/// </summary>
internal sealed class HangfireServerHealthCheck(JobStorage storage, IConfiguration configuration, TimeProvider clock) : IHealthCheck
{
    public const string Name = "hangfire";
    private static readonly TimeSpan MaxHeartbeatAge = TimeSpan.FromMinutes(1);

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!configuration.GetValue("Hangfire:Server:Enabled", true))
            return Task.FromResult(HealthCheckResult.Healthy("Hangfire server disabled on this host"));

        // Hangfire names servers "<machine>:<process id>:<guid>".
        var prefix = $"{Environment.MachineName}:{Environment.ProcessId}:";
        var now = clock.GetUtcNow().UtcDateTime;
        bool alive;
        try
        {
            alive = storage.GetMonitoringApi().Servers().Any(server =>
                server.Name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)
                && server.Heartbeat is { } heartbeat && now - heartbeat < MaxHeartbeatAge);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // No exception text in the answer: it can name hosts and users. The PostgreSQL check says why.
            return Task.FromResult(HealthCheckResult.Unhealthy("Hangfire storage unreachable"));
        }
        return Task.FromResult(alive
            ? HealthCheckResult.Healthy("Hangfire server running")
            : HealthCheckResult.Unhealthy("No live Hangfire server in this process"));
    }
}
