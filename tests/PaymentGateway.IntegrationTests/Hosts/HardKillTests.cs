using System.Diagnostics;
using Npgsql;
using PaymentGateway.IntegrationTests.Infrastructure;

namespace PaymentGateway.IntegrationTests.Hosts;

/// <summary>
/// A host that dies hard while it holds one of Hangfire's scheduler locks must not stop the schedulers of the others
/// for long. Hangfire.PostgreSql keeps that lock as a row in <c>hangfire.lock</c>, which a killed holder never deletes.
/// </summary>
public sealed class HardKillTests(PostgresServer postgres, ITestOutputHelper output) : IAsyncLifetime
{
    /// <summary>The promise: everything runs again within about a minute of a kill (seconds, in practice).</summary>
    private static readonly TimeSpan RecoveryBound = TimeSpan.FromSeconds(60);

    private static readonly string[] SchedulerLocks = ["hangfire:locks:schedulepoller", "hangfire:recurring-jobs:lock"];

    /// <summary>Taken by the scheduler while it triggers that job, and by every host registering it at start-up.</summary>
    private const string RecurringJobLock = "hangfire:lock:recurring-job:settlement:resume-deliveries";

    private PartnerServer _partners = null!;
    private string _connectionString = "";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _connectionString = await postgres.CreateDatabaseAsync();
        _partners = await PartnerServer.StartAsync();
    }

    [Fact]
    public async Task A_host_killed_while_it_holds_a_scheduler_lock_stops_no_scheduler_for_long()
    {
        // A real host process, the only Hangfire server on the database, so every scheduler lock row is its own.
        await using var victim = GatewayProcess.Start(_connectionString, "hard-kill-victim");
        await victim.WaitUntilLiveAsync();
        var held = await FreezeWhileHoldingASchedulerLockAsync(victim);

        var sinceKill = Stopwatch.StartNew();
        await victim.KillHardAsync();
        var killedAt = DateTime.UtcNow;
        Assert.Contains(held, await LockRowsAsync());

        await using var survivor = await GatewayHost.StartAsync(_connectionString, _partners, []);
        var (scheduled, recurring) = await SchedulerProbe.WaitUntilBothRunAsync(survivor, sinceKill, RecoveryBound);
        output.WriteLine($"Killed while holding {held}; from the kill: scheduled job ran after {scheduled.TotalSeconds:0.0} s, " +
                         $"recurring job after {recurring.TotalSeconds:0.0} s (the survivor started at once after the kill).");
        // The survivor takes the same locks every second; none of the victim's is left.
        Assert.Empty(await LockRowsAsync(takenBefore: killedAt));
    }

    [Fact]
    public async Task Locks_left_by_dead_sessions_are_freed_and_a_live_holders_lock_is_kept()
    {
        // The schema first (a host without a Hangfire server, gone again), then exactly what a killed holder leaves:
        // rows inserted, as Hangfire does and with its own clock, by a database session that has ended.
        await (await GatewayHost.StartAsync(_connectionString, _partners, [],
            new Dictionary<string, string?> { ["Hangfire:Server:Enabled"] = "false" })).DisposeAsync();
        await using (var dead = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(_connectionString) { Pooling = false }.ConnectionString))
        {
            await dead.OpenAsync(Ct);
            foreach (var resource in SchedulerLocks.Append(RecurringJobLock))
                await InsertLockAsync(dead, resource);
        }
        // A lock whose holder is alive (this open session) must survive every sweep.
        await using var live = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(_connectionString) { Pooling = false }.ConnectionString);
        await live.OpenAsync(Ct);
        await InsertLockAsync(live, "hangfire:probe:live-holder");
        var plantedAt = DateTime.UtcNow;

        // The host starts at all (it registers the recurring jobs, taking the lock of each) and its schedulers run.
        var sincePlanted = Stopwatch.StartNew();
        await using var host = await GatewayHost.StartAsync(_connectionString, _partners, []);
        var (scheduled, recurring) = await SchedulerProbe.WaitUntilBothRunAsync(host, sincePlanted, RecoveryBound);
        output.WriteLine($"From the planted locks: scheduled job ran after {scheduled.TotalSeconds:0.0} s, recurring job after {recurring.TotalSeconds:0.0} s.");

        Assert.Equal(["hangfire:probe:live-holder"], await LockRowsAsync(takenBefore: plantedAt));
        // Two more sweeps of the reaper, and the live holder's lock is still there.
        await Task.Delay(TimeSpan.FromSeconds(11), Ct);
        Assert.Contains("hangfire:probe:live-holder", await LockRowsAsync());
    }

    /// <summary>
    /// The schedulers take their locks every second and hold them for milliseconds: watch the lock table and freeze the
    /// process (SIGSTOP) the moment a row shows; if the row is still there once it is frozen and its last statement has
    /// run, the process holds it.
    /// </summary>
    private async Task<string> FreezeWhileHoldingASchedulerLockAsync(GatewayProcess victim)
    {
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync(Ct);
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(2);
        while (DateTime.UtcNow < deadline)
        {
            Assert.False(victim.HasExited, victim.Tail());
            if (await HeldSchedulerLockAsync(connection) is null)
                continue;
            victim.Pause();
            // A statement the process sent before it froze (the DELETE releasing the lock, say) still runs on the server.
            await Task.Delay(TimeSpan.FromMilliseconds(300), Ct);
            if (await HeldSchedulerLockAsync(connection) is { } held)
                return held;
            victim.Resume();
        }
        throw new TimeoutException("Never caught the host holding a scheduler lock.");
    }

    private static async Task<string?> HeldSchedulerLockAsync(NpgsqlConnection connection)
    {
        await using var command = new NpgsqlCommand("SELECT resource FROM hangfire.lock WHERE resource = ANY($1) LIMIT 1", connection);
        command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = SchedulerLocks });
        return await command.ExecuteScalarAsync(Ct) as string;
    }

    private static async Task InsertLockAsync(NpgsqlConnection connection, string resource)
    {
        await using var command = new NpgsqlCommand("INSERT INTO hangfire.lock (resource, acquired) VALUES ($1, $2)", connection);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = resource });
        command.Parameters.Add(new NpgsqlParameter<DateTime> { TypedValue = DateTime.UtcNow });
        await command.ExecuteNonQueryAsync(Ct);
    }

    /// <param name="takenBefore">Only locks taken before then (Hangfire records the taker's clock: this machine's).</param>
    private async Task<List<string>> LockRowsAsync(DateTime? takenBefore = null)
    {
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync(Ct);
        await using var command = new NpgsqlCommand("SELECT resource FROM hangfire.lock WHERE acquired < $1 ORDER BY resource", connection);
        command.Parameters.Add(new NpgsqlParameter<DateTime> { TypedValue = takenBefore ?? DateTime.UtcNow.AddDays(1) });
        await using var reader = await command.ExecuteReaderAsync(Ct);
        var rows = new List<string>();
        while (await reader.ReadAsync(Ct))
            rows.Add(reader.GetString(0));
        return rows;
    }

    public async ValueTask DisposeAsync()
    {
        await _partners.DisposeAsync();
        await postgres.DropDatabaseAsync(_connectionString);
    }
}
