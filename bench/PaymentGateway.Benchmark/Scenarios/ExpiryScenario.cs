using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using Npgsql;
using PaymentGateway.Benchmark.Cli;
using PaymentGateway.Benchmark.Database;
using PaymentGateway.Benchmark.Load;
using PaymentGateway.Benchmark.Network;
using PaymentGateway.Benchmark.Processes;
using PaymentGateway.Benchmark.Report;

namespace PaymentGateway.Benchmark.Scenarios;

/// <summary>
/// <c>expiry</c>: N sessions already due are expired by the gateway's sweep (<see cref="ExpirySweep"/>), timed beside
/// one plain UPDATE of the same rows; then create throughput is measured without a sweep and while one expires another
/// N sessions. The gateway's own Hangfire server is off, so that its minutely sweep never races the timed one.
/// </summary>
internal static class ExpiryScenario
{
    public const int DefaultSessions = 100_000;

    // Short slices, so that the window "during the sweep" ends soon after the sweep does; both phases use them alike.
    private static readonly TimeSpan Slice = TimeSpan.FromSeconds(1);

    public static async Task<int> RunAsync(BenchOptions options)
    {
        var count = options.Sessions ?? DefaultSessions;
        var network = new BenchNetwork();
        await using var partners = await PartnerServer.StartAsync();
        network.Publish(partners);
        await using var database = await ThrowawayDatabase.CreateAsync(options.PostgresAdmin, "bench");
        Progress.Say($"{Environment.ProcessorCount} cores; database {database.Describe()}");
        await using var gateway = await GatewayLauncher.StartAsync(RepositoryLayout.GatewayDll(options.RepositoryRoot), network,
            partners, database, new Dictionary<string, string> { ["Hangfire__Server__Enabled"] = "false" });
        Progress.Say($"gateway: pid {gateway.Pid} on {gateway.BaseUrl} (migrated the database; Hangfire server off)");
        await using var dataSource = NpgsqlDataSource.Create(database.ConnectionString);
        var due = new DueSessions(dataSource);
        var sweep = new ExpirySweep(dataSource, options.SweepBatchSize);

        // 1. The sweep against one plain UPDATE, same rows, same database, same starting state.
        var first = Tag();
        var inserted = await due.InsertAsync(first, count, network.MerchantGateway.Ocid, network.Merchant.Ocid);
        Progress.Say($"inserted {count} due sessions in {inserted.TotalSeconds:0.0} s");
        await due.VacuumAsync();
        var (swept, sweepTime) = await sweep.RunAsync();
        Progress.Say($"sweep: {swept} expired in {sweepTime.TotalMilliseconds:0} ms; {await due.CountPendingDueAsync()} pending due left");
        Progress.Say($"reset {await due.ResetAsync(first)} sessions to pending");
        await due.VacuumAsync();
        var (plain, plainTime) = await due.PlainUpdateAsync();
        Progress.Say($"plain UPDATE: {plain} expired in {plainTime.TotalMilliseconds:0} ms");

        // 2. Create throughput without, then during, a sweep of another N due sessions.
        using var quiet = new LoadTarget("create", gateway, CheckoutRequestFactory.Path);
        using var busy = new LoadTarget("create during sweep", gateway, CheckoutRequestFactory.Path);
        quiet.Runner.Use(CheckoutRequestFactory.Build(PoolSizing.ForWarmup(options.Warmup), network));
        var rate = options.Warmup > TimeSpan.Zero ? await quiet.Runner.WarmUpAsync(options.Warmup) : double.NaN;
        Progress.Say($"create warm-up: {rate:0} requests/s");
        // Half the quiet time before the sweep and half after it: on a shared machine whose load drifts, bracketing
        // the sweep keeps the drift out of the ratio. One pool for both halves.
        quiet.Runner.Use(CheckoutRequestFactory.Build(PoolSizing.ForSlice(rate, options.Duration, options.PoolCap), network));
        await MeasureAsync(quiet, options.Duration / 2, () => true);
        Progress.Say($"create without a sweep (first half): {quiet.Runner.Result().RequestsPerSecond:0.0} requests/s");

        // Signed before the rows go in: signing would otherwise compete with the sweep for the CPU.
        busy.Runner.Use(CheckoutRequestFactory.Build(PoolSizing.ForSlice(rate, options.Duration, options.PoolCap), network));
        var second = Tag();
        await due.InsertAsync(second, count, network.MerchantGateway.Ocid, network.Merchant.Ocid);
        await due.VacuumAsync();
        Progress.Say($"inserted another {count} due sessions; sweeping them under create load");
        var running = Task.Run(sweep.RunAsync);
        var window = await MeasureAsync(busy, options.Duration, () => !running.IsCompleted);
        var (sweptUnderLoad, sweepUnderLoadTime) = await running;
        var busyResult = busy.Runner.Result();
        Progress.Say($"create during the sweep: {busyResult.RequestsPerSecond:0.0} requests/s over {window.TotalSeconds:0.0} s");
        await MeasureAsync(quiet, options.Duration / 2, () => true);
        var quietResult = quiet.Runner.Result();
        Progress.Say($"create without a sweep (both halves): {quietResult.RequestsPerSecond:0.0} requests/s");

        var result = new ExpiryResult(count, sweep.BatchSize, swept, sweepTime, plain, plainTime,
            quietResult.RequestsPerSecond, quietResult.Errors, busyResult.RequestsPerSecond, busyResult.Errors, busyResult.Window,
            sweptUnderLoad, sweepUnderLoadTime, gateway.PeakResidentBytes());
        Progress.Say($"stopping the gateway and dropping the database");
        var title = string.Create(CultureInfo.InvariantCulture,
            $"Session expiry: {count} due sessions; create load {LoadRunner.Connections} connections, {options.Duration.TotalSeconds:0.#} s without a sweep (half before, half after) and up to as long during one, {Environment.ProcessorCount} cores shared with the load generator");
        foreach (var error in new[] { quietResult.FirstError, busyResult.FirstError }.OfType<string>())
            Console.Out.WriteLine("create error: " + error);
        return ExpiryReport.Print(title, result) ? 0 : 1;
    }

    /// <summary>Measures slice after slice until <paramref name="duration"/> is up or <paramref name="keepGoing"/> says stop.</summary>
    private static async Task<TimeSpan> MeasureAsync(LoadTarget target, TimeSpan duration, Func<bool> keepGoing)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < duration && keepGoing())
            await target.MeasureAsync(Slice);
        return clock.Elapsed;
    }

    private static string Tag() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4));
}
