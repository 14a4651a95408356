using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace PaymentGateway.Host.Operations.Health;

/// <summary>
/// Ready only if this process's Hangfire server is running and heart-beating: without it no expiry, retry or resume
/// job would run here. Hosts started with <c>Hangfire:Server:Enabled=false</c> (web-only nodes) report healthy.
/// One asynchronous query of Hangfire's server table: Hangfire's monitoring API is synchronous and, under a flood of
/// probes, held thread-pool threads until even <c>/health/live</c> and the Hangfire heartbeat starved. The heartbeat
/// is written with the database's clock (<c>NOW()</c>), so its age is measured with the same clock.
/// </summary>
internal sealed class HangfireServerHealthCheck(NpgsqlDataSource dataSource, IConfiguration configuration) : IHealthCheck
{
    public const string Name = "hangfire";

    // Hangfire names servers "<machine>:<process id>:<guid>"; a heartbeat older than a minute means a stuck server.
    private const string Sql = """
        SELECT EXISTS (SELECT 1 FROM hangfire.server
                       WHERE starts_with(lower(id), lower($1)) AND lastheartbeat > NOW() - interval '1 minute')
        """;

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!configuration.GetValue("Hangfire:Server:Enabled", true))
            return HealthCheckResult.Healthy("Hangfire server disabled on this host");

        bool alive;
        try
        {
            await using var command = dataSource.CreateCommand(Sql);
            command.CommandTimeout = 2;
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = $"{Environment.MachineName}:{Environment.ProcessId}:" });
            alive = await command.ExecuteScalarAsync(cancellationToken) is true;
        }
        catch (Exception exception) when (exception is NpgsqlException or TimeoutException or InvalidOperationException)
        {
            // No exception text in the answer: it can name hosts and users. The PostgreSQL check says why.
            return new HealthCheckResult(context.Registration.FailureStatus, "Hangfire storage unreachable");
        }
        return alive
            ? HealthCheckResult.Healthy("Hangfire server running")
            : new HealthCheckResult(context.Registration.FailureStatus, "No live Hangfire server in this process");
    }
}
