using System.Diagnostics;
using System.Globalization;
using PaymentGateway.Benchmark.Baseline;
using PaymentGateway.Benchmark.Cli;
using PaymentGateway.Benchmark.Database;
using PaymentGateway.Benchmark.Load;
using PaymentGateway.Benchmark.Network;
using PaymentGateway.Benchmark.Processes;
using PaymentGateway.Benchmark.Report;

namespace PaymentGateway.Benchmark.Scenarios;

/// <summary>
/// <c>create</c>: POST /opencharge/checkout/create against the gateway and against the minimal baseline. Both run at
/// once but only one is loaded at a time, and the measured time is cut into slices that alternate between them, so
/// that other work on a shared machine hits both alike. Exit code 0 only if every target was met.
/// </summary>
internal static class CreateScenario
{
    public static async Task<int> RunAsync(BenchOptions options)
    {
        var gatewayDll = RepositoryLayout.GatewayDll(options.RepositoryRoot);
        var network = new BenchNetwork();
        await using var partners = await PartnerMetadataServer.StartAsync(
        [
            (network.MerchantGateway, [network.Gateway.Ocid]),
            (network.Merchant, []),
        ]);
        Progress($"{Environment.ProcessorCount} cores; the load generator shares them with the server under test");

        await using var gatewayDatabase = await BenchDatabase.CreateAsync(options.PostgresAdmin);
        await using var baselineDatabase = await BenchDatabase.CreateAsync(options.PostgresAdmin);
        Progress($"databases {gatewayDatabase.Describe()} (gateway), {baselineDatabase.Describe()} (baseline)");
        await using var gatewayProcess = await GatewayLauncher.StartAsync(gatewayDll, network, partners, gatewayDatabase);
        await using var baselineProcess = await BaselineLauncher.StartAsync(network, baselineDatabase, gatewayDll,
            options.BaselineSignsResponses);
        using var gateway = new LoadTarget("gateway", gatewayProcess, CheckoutRequestFactory.Path);
        using var baseline = new LoadTarget("baseline", baselineProcess, CheckoutRequestFactory.Path);
        LoadTarget[] targets = [gateway, baseline];
        foreach (var target in targets)
            Progress($"{target.Name}: pid {target.Server.Pid} on {target.Server.BaseUrl}");

        var rates = new Dictionary<LoadTarget, double>();
        foreach (var target in targets)
        {
            target.Runner.Use(Build(target.Name + " warm-up", PoolSizing.ForWarmup(options.Warmup), network));
            rates[target] = options.Warmup > TimeSpan.Zero ? await target.Runner.WarmUpAsync(options.Warmup) : double.NaN;
            Progress($"{target.Name}: warm-up {rates[target]:0} requests/s");
        }
        var slice = options.Duration / options.Slices;
        for (var i = 1; i <= options.Slices; i++)
        {
            foreach (var target in targets)
            {
                target.Runner.Use(Build(target.Name, PoolSizing.ForSlice(rates[target], slice, options.PoolCap), network));
                rates[target] = await target.MeasureAsync(slice);
                Progress($"{target.Name}: slice {i}/{options.Slices}: {rates[target]:0} requests/s");
            }
        }

        var runs = targets.Select(t => new ServerRun(t.Name, t.Runner.Result(), t.Server.PeakResidentBytes(), t.MeasuredCpu)).ToArray();
        Progress($"stopping the servers and dropping the databases");
        var title = string.Create(CultureInfo.InvariantCulture,
            $"POST {CheckoutRequestFactory.Path}: {LoadRunner.Connections} connections, {options.Warmup.TotalSeconds:0.#} s warm-up + {options.Duration.TotalSeconds:0.#} s measured per server in {options.Slices} alternating slices, {Environment.ProcessorCount} cores shared with the load generator");
        if (options.BaselineSignsResponses)
            title += "\n(diagnostic: the baseline signs its responses too)";
        return ComparisonReport.Print(title, runs[0], runs[1]) ? 0 : 1;
    }

    private static PreparedRequest[] Build(string name, int count, BenchNetwork network)
    {
        var clock = Stopwatch.StartNew();
        var pool = CheckoutRequestFactory.Build(count, network);
        Progress($"{name}: pre-built {pool.Length} signed requests in {clock.Elapsed.TotalSeconds:0.0} s");
        return pool;
    }

    private static void Progress(FormattableString text) =>
        Console.Error.WriteLine("bench: " + text.ToString(CultureInfo.InvariantCulture));
}
