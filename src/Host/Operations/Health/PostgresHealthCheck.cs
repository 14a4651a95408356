using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace PaymentGateway.Host.Operations.Health;

/// <summary>
/// <c>SELECT 1</c> through the shared pool, so "ready" means the connections the modules use work, not just that the
/// server exists. The description never carries the exception text: it can name hosts and users.
/// </summary>
internal sealed class PostgresHealthCheck(NpgsqlDataSource dataSource) : IHealthCheck
{
    public const string Name = "postgresql";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var command = dataSource.CreateCommand("SELECT 1");
            command.CommandTimeout = 2;
            await command.ExecuteScalarAsync(cancellationToken);
            return HealthCheckResult.Healthy("PostgreSQL answers.");
        }
        catch (Exception exception) when (exception is NpgsqlException or OperationCanceledException or TimeoutException or InvalidOperationException)
        {
            // Idle pooled connections opened before an outage are dead too, and Npgsql only notices one per use; dropping
            // them now means the first requests after the database returns get fresh connections instead of errors.
            dataSource.Clear();
            return new HealthCheckResult(context.Registration.FailureStatus, "PostgreSQL is unreachable.", exception);
        }
    }
}
