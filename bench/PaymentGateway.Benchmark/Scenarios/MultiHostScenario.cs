using System.Diagnostics;
using System.Globalization;
using PaymentGateway.Benchmark.Cli;
using PaymentGateway.Benchmark.Database;
using PaymentGateway.Benchmark.Load;
using PaymentGateway.Benchmark.Network;
using PaymentGateway.Benchmark.Processes;
using PaymentGateway.Benchmark.Report;

namespace PaymentGateway.Benchmark.Scenarios;

/// <summary>
/// <c>multihost</c>: 1, 2 and 3 gateway processes on one fresh database each time. Creates are spread over the hosts
/// (the usual 32 connections shared between them), then sessions are paid on another host than the one that created
/// them while the MG's webhook (in this process) accepts the proofs. Per host count: throughput, where the CPU went
/// (hosts, PostgreSQL, load generator), and database checks that nothing was doubled or lost.
/// </summary>
internal static class MultiHostScenario
{
    public const int DefaultSessions = 600;
    private const int WarmupPaymentsPerHost = 20;
    private static readonly int[] HostCounts = [1, 2, 3];
    private static readonly TimeSpan ProofWait = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan DuplicateGrace = TimeSpan.FromSeconds(2);

    public static async Task<int> RunAsync(BenchOptions options)
    {
        var network = new BenchNetwork();
        var proofs = new ProofInbox();
        await using var partners = await PartnerServer.StartAsync();
        network.Publish(partners, proofs);
        Progress.Say($"{Environment.ProcessorCount} cores shared by the hosts, PostgreSQL (if local) and the load generator");
        var runs = new List<MultiHostRun>();
        foreach (var hosts in HostCounts)
            runs.Add(await RunAsync(hosts, options, network, partners, proofs));
        var title = string.Create(CultureInfo.InvariantCulture,
            $"multi-host: 1-3 gateway processes on one PostgreSQL; creates for {options.Duration.TotalSeconds:0.#} s after {options.Warmup.TotalSeconds:0.#} s warm-up, {LoadRunner.Connections} connections shared by the hosts; {options.Sessions ?? DefaultSessions} sessions paid on another host than their create's; {Environment.ProcessorCount} cores");
        return MultiHostReport.Print(title, runs) ? 0 : 1;
    }

    private static async Task<MultiHostRun> RunAsync(int count, BenchOptions options, BenchNetwork network,
        PartnerServer partners, ProofInbox proofs)
    {
        await using var database = await ThrowawayDatabase.CreateAsync(options.PostgresAdmin, "bench");
        var hosts = new List<ServerProcess>();
        try
        {
            // One after the other: the first applies the migrations, the others find them applied.
            for (var i = 0; i < count; i++)
            {
                hosts.Add(await GatewayLauncher.StartAsync(RepositoryLayout.GatewayDll(options.RepositoryRoot), network, partners, database));
                Progress.Say($"{count} host(s): host {i + 1} pid {hosts[i].Pid} on {hosts[i].BaseUrl}");
            }
            var postgres = new PostgresCpu(database.ConnectionString);
            var workers = (LoadRunner.Connections + count - 1) / count;

            var runners = hosts.Select(host => new LoadRunner(host.BaseUrl, CheckoutRequestFactory.Path, workers)).ToArray();
            try
            {
                var (createRate, createCpu, createErrors, createError) = await CreateAsync(runners, hosts, postgres, options, network);
                Progress.Say($"{count} host(s): {createRate:0} creates/s");
                var created = runners.Sum(r => (long)r.Succeeded);

                var sessions = options.Sessions ?? DefaultSessions;
                var warmup = await OpenAsync(hosts, WarmupPaymentsPerHost * count, network);
                var (warmupOutcomes, _) = await PayAsync(hosts, warmup, workers);
                var warmupPaid = warmupOutcomes.Count(o => o.Completed);
                var forms = await OpenAsync(hosts, sessions, network);
                created += warmup.Sum(f => f.Length) + forms.Sum(f => f.Length);
                var meter = await CpuMeter.StartAsync(hosts, postgres);
                var clock = Stopwatch.StartNew();
                var (outcomes, payError) = await PayAsync(hosts, forms, workers);
                var payWindow = clock.Elapsed;
                var paid = outcomes.Where(o => o.Completed).ToArray();
                await WaitForProofsAsync(paid, proofs);
                var payCpu = await meter.StopAsync(paid.Length);
                var payRate = paid.Length / payWindow.TotalSeconds;
                Progress.Say($"{count} host(s): {payRate:0.0} payments/s");

                var measuredOrders = forms.SelectMany(f => f).Select(f => f.OrderId).ToHashSet(StringComparer.Ordinal);
                var (received, _, duplicates) = proofs.CountFor(measuredOrders);
                var checks = await SettlementChecks.RunAsync(database.ConnectionString);
                return new MultiHostRun(count, createRate, createCpu, payRate, payCpu with { WallSeconds = payWindow.TotalSeconds },
                    createErrors + (outcomes.Length - paid.Length), created, paid.Length + warmupPaid, received, duplicates, checks,
                    createError ?? payError);
            }
            finally
            {
                foreach (var runner in runners)
                    runner.Dispose();
            }
        }
        finally
        {
            foreach (var host in hosts)
                await host.DisposeAsync();
        }
    }

    /// <summary>Warms every host up, then loads them all at once for the measured window.</summary>
    private static async Task<(double Rate, CpuShare Cpu, long Errors, string? FirstError)> CreateAsync(LoadRunner[] runners,
        List<ServerProcess> hosts, PostgresCpu postgres, BenchOptions options, BenchNetwork network)
    {
        var rates = new double[runners.Length];
        if (options.Warmup > TimeSpan.Zero)
        {
            foreach (var runner in runners)
                runner.Use(CheckoutRequestFactory.Build(PoolSizing.ForWarmup(options.Warmup) / runners.Length, network));
            rates = await Task.WhenAll(runners.Select(r => r.WarmUpAsync(options.Warmup)));
        }
        for (var i = 0; i < runners.Length; i++)
            runners[i].Use(CheckoutRequestFactory.Build(
                PoolSizing.ForSlice(double.IsFinite(rates[i]) ? rates[i] : 2000.0 / runners.Length, options.Duration, options.PoolCap), network));

        var meter = await CpuMeter.StartAsync(hosts, postgres);
        var measured = await Task.WhenAll(runners.Select(r => r.MeasureAsync(options.Duration)));
        var results = runners.Select(r => r.Result()).ToArray();
        var cpu = await meter.StopAsync(results.Sum(r => (long)r.Completed));
        return (measured.Sum(), cpu, results.Sum(r => (long)r.Errors), results.Select(r => r.FirstError).FirstOrDefault(e => e is not null));
    }

    /// <summary>Opens <paramref name="total"/> sessions spread over the hosts: group i was created (and its page loaded) on host i.</summary>
    private static async Task<PaymentForm[][]> OpenAsync(List<ServerProcess> hosts, int total, BenchNetwork network) =>
        await Task.WhenAll(hosts.Select((host, i) =>
            SessionOpener.OpenAsync(host.BaseUrl, CheckoutRequestFactory.Build(total / hosts.Count + (i < total % hosts.Count ? 1 : 0), network))));

    /// <summary>Pays group i on host i + 1: the payment never lands on the host that created the session.</summary>
    private static async Task<(PaymentOutcome[] Outcomes, string? FirstError)> PayAsync(List<ServerProcess> hosts, PaymentForm[][] groups, int workers)
    {
        var runners = hosts.Select((_, i) => new PaymentRunner(hosts[(i + 1) % hosts.Count].BaseUrl, workers)).ToArray();
        try
        {
            var outcomes = await Task.WhenAll(runners.Select((runner, i) => runner.PayAllAsync(groups[i])));
            return ([.. outcomes.SelectMany(o => o)], runners.Select(r => r.FirstError).FirstOrDefault(e => e is not null));
        }
        finally
        {
            foreach (var runner in runners)
                runner.Dispose();
        }
    }

    private static async Task WaitForProofsAsync(PaymentOutcome[] paid, ProofInbox proofs)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < ProofWait && paid.Any(o => proofs.ArrivalOf(o.Form.OrderId) is null))
            await Task.Delay(100);
        await Task.Delay(DuplicateGrace);
    }
}
