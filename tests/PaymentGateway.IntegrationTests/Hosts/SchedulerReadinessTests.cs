using System.Net;
using System.Text.Json;
using Hangfire;
using Hangfire.States;
using Microsoft.Extensions.DependencyInjection;
using PaymentGateway.IntegrationTests.Infrastructure;

namespace PaymentGateway.IntegrationTests.Hosts;

/// <summary>
/// Readiness tells when Hangfire's schedulers have not run when they should have (no server anywhere, or one stuck
/// behind a lock): the <c>scheduler</c> check turns Degraded, which keeps the host in rotation (200).
/// </summary>
public sealed class SchedulerReadinessTests(PostgresServer postgres) : IAsyncLifetime
{
    private PartnerServer _partners = null!;
    private string _connectionString = "";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _connectionString = await postgres.CreateDatabaseAsync();
        _partners = await PartnerServer.StartAsync();
    }

    [Fact]
    public async Task An_overdue_scheduled_job_makes_the_scheduler_check_degraded_until_a_scheduler_runs_it()
    {
        // Web-only: no Hangfire server runs on this database, so nothing moves a scheduled job to its queue.
        await using var webOnly = await GatewayHost.StartAsync(_connectionString, _partners, [],
            new Dictionary<string, string?> { ["Hangfire:Server:Enabled"] = "false" });
        var ready = await SchedulerCheckAsync(webOnly);
        Assert.Equal("Healthy", ready.Scheduler);

        webOnly.Services.GetRequiredService<IBackgroundJobClient>()
            .Create(() => ProbeJobs.Record("overdue-" + Guid.NewGuid().ToString("N")), new ScheduledState(DateTime.UtcNow.AddMinutes(-2)));
        // Readiness is evaluated at most every couple of seconds (ReadinessCache).
        ready = await Eventually.GetAsync(() => SchedulerCheckAsync(webOnly), r => r.Scheduler != "Healthy", because: "the scheduler check degraded");
        Assert.Equal("Degraded", ready.Scheduler);
        Assert.Equal("Degraded", ready.Overall);
        Assert.Contains("scheduled jobs are", ready.Description, StringComparison.Ordinal);

        // A host with a server picks it up; the check says so on every host.
        await using var worker = await GatewayHost.StartAsync(_connectionString, _partners, []);
        await Eventually.GetAsync(() => SchedulerCheckAsync(webOnly), r => r.Scheduler == "Healthy", TimeSpan.FromSeconds(60),
            "the scheduler check healthy once a server runs");
    }

    private static async Task<(string Overall, string Scheduler, string Description)> SchedulerCheckAsync(GatewayHost host)
    {
        using var response = await host.Client.GetAsync("/health/ready", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        var scheduler = json.RootElement.GetProperty("checks").GetProperty("scheduler");
        return (json.RootElement.GetProperty("status").GetString()!, scheduler.GetProperty("status").GetString()!,
            scheduler.TryGetProperty("description", out var description) ? description.GetString()! : "");
    }

    public async ValueTask DisposeAsync()
    {
        await _partners.DisposeAsync();
        await postgres.DropDatabaseAsync(_connectionString);
    }
}
