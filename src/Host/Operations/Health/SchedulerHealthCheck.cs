using System.Globalization;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace PaymentGateway.Host.Operations.Health;

/// <summary>
/// Whether Hangfire's schedulers run on time anywhere: how long the most overdue scheduled job (a delivery retry, an
/// expiry window) and the most overdue recurring job have waited past their time. Both are moved along by a poller
/// every second, so a lag of more than <see cref="MaxLag"/> means no scheduler has run when it should have: no host
/// runs a Hangfire server, or one is stuck behind a lock. The answer is Degraded, not Unhealthy: this host serves
/// requests as well as any other, and taking every host out of rotation for a cluster-wide fault would not help.
/// Two index lookups (<c>hangfire.set</c> is indexed by key and score), on the database's clock like Hangfire's own.
/// </summary>
internal sealed class SchedulerHealthCheck(NpgsqlDataSource dataSource) : IHealthCheck
{
    public const string Name = "scheduler";

    public static readonly TimeSpan MaxLag = TimeSpan.FromSeconds(30);

    private const string LagSql = """
        SELECT extract(epoch FROM now())::float8 - (SELECT min(score) FROM hangfire.set WHERE key = 'schedule'),
               extract(epoch FROM now())::float8 - (SELECT min(score) FROM hangfire.set WHERE key = 'recurring-jobs')
        """;

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        double? scheduled, recurring;
        try
        {
            await using var command = dataSource.CreateCommand(LagSql);
            command.CommandTimeout = 2;
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            await reader.ReadAsync(cancellationToken);
            scheduled = reader.IsDBNull(0) ? null : reader.GetDouble(0);
            recurring = reader.IsDBNull(1) ? null : reader.GetDouble(1);
        }
        catch (Exception exception) when (exception is NpgsqlException or OperationCanceledException or TimeoutException or InvalidOperationException)
        {
            // The postgresql check reports the database itself; here it only means the lag is unknown.
            return new HealthCheckResult(context.Registration.FailureStatus, "Could not read the Hangfire schedule.", exception);
        }

        var overdue = new List<string>(2);
        if (scheduled > MaxLag.TotalSeconds)
            overdue.Add(string.Create(CultureInfo.InvariantCulture, $"scheduled jobs are {scheduled:0} s overdue"));
        if (recurring > MaxLag.TotalSeconds)
            overdue.Add(string.Create(CultureInfo.InvariantCulture, $"recurring jobs are {recurring:0} s overdue"));
        return overdue.Count == 0
            ? HealthCheckResult.Healthy("Scheduled and recurring jobs run on time.")
            : new HealthCheckResult(context.Registration.FailureStatus,
                $"Hangfire's schedulers are not running: {string.Join(" and ", overdue)} (no Hangfire server, or one stuck).");
    }
}
