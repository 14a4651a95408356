using System.Diagnostics;
using System.Globalization;
using PaymentGateway.Benchmark.Baseline;
using PaymentGateway.Benchmark.Cli;
using PaymentGateway.Benchmark.Load;
using PaymentGateway.Benchmark.Network;
using PaymentGateway.Benchmark.Processes;
using PaymentGateway.Benchmark.Report;
using PaymentGateway.Opencharge;

namespace PaymentGateway.Benchmark.Scenarios;

/// <summary>
/// <c>create</c>: POST /opencharge/checkout/create against the gateway and against the minimal baselines. All run at
/// once but only one is loaded at a time, and the measured time is cut into slices that alternate between them, so
/// that other work on a shared machine hits them alike. Exit code 0 only if every target was met.
/// </summary>
internal static class CreateScenario
{
    /// <summary>Against the library the gateway used before: the gateway must beat the bare minimum built on it.</summary>
    private const double ManagedTarget = 1.0;

    /// <summary>Against the fastest library: the limit, which the gateway must come close to.</summary>
    private const double NativeTarget = 0.9;

    public static async Task<int> RunAsync(BenchOptions options)
    {
        var gatewayDll = RepositoryLayout.GatewayDll(options.RepositoryRoot);
        var network = new BenchNetwork();
        await using var partners = await PartnerServer.StartAsync();
        network.Publish(partners);
        Progress($"{Environment.ProcessorCount} cores; the load generator shares them with the server under test");

        await using var gatewayDatabase = await ThrowawayDatabase.CreateAsync(options.PostgresAdmin, "bench");
        await using var managedDatabase = await ThrowawayDatabase.CreateAsync(options.PostgresAdmin, "bench");
        await using var nativeDatabase = await ThrowawayDatabase.CreateAsync(options.PostgresAdmin, "bench");
        Progress($"databases {gatewayDatabase.Describe()} (gateway), {managedDatabase.Describe()} and {nativeDatabase.Describe()} (baselines)");
        await using var gatewayProcess = await GatewayLauncher.StartAsync(gatewayDll, network, partners, gatewayDatabase);
        await using var managedProcess = await BaselineLauncher.StartAsync(network, managedDatabase, gatewayDll, Secp256k1Backend.Managed, options.BaselinePool);
        await using var nativeProcess = await BaselineLauncher.StartAsync(network, nativeDatabase, gatewayDll, Secp256k1Backend.Native, options.BaselinePool);
        // Each server has a database of its own, so the backends of that database are the PostgreSQL work it causes.
        using var gateway = new LoadTarget("gateway", gatewayProcess, CheckoutRequestFactory.Path, new PostgresCpu(gatewayDatabase.ConnectionString));
        using var managed = new LoadTarget("baseline NBitcoin", managedProcess, CheckoutRequestFactory.Path, new PostgresCpu(managedDatabase.ConnectionString));
        using var native = new LoadTarget("baseline libsecp256k1", nativeProcess, CheckoutRequestFactory.Path, new PostgresCpu(nativeDatabase.ConnectionString));
        LoadTarget[] targets = [gateway, managed, native];
        foreach (var target in targets)
            Progress($"{target.Name}: pid {target.Server.Pid} on {target.Server.BaseUrl}");

        var rates = new Dictionary<LoadTarget, double>();
        var slices = targets.ToDictionary(target => target, _ => new List<double>());
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
                slices[target].Add(rates[target]);
                Progress($"{target.Name}: slice {i}/{options.Slices}: {rates[target]:0} requests/s");
            }
        }

        var gatewayRun = Run(gateway);
        Comparison[] comparisons =
        [
            new(gatewayRun, Run(managed), ManagedTarget, PairRatios(slices[gateway], slices[managed])),
            new(gatewayRun, Run(native), NativeTarget, PairRatios(slices[gateway], slices[native])),
        ];
        Progress($"stopping the servers and dropping the databases");
        var title = string.Create(CultureInfo.InvariantCulture,
            $"POST {CheckoutRequestFactory.Path}: {LoadRunner.Connections} connections, {options.Warmup.TotalSeconds:0.#} s warm-up + {options.Duration.TotalSeconds:0.#} s measured per server in {options.Slices} alternating slices, {Environment.ProcessorCount} cores shared with the load generator");
        title += "\nbaselines: the least a create needs (two verifications, nonce and session in one statement, a signed response)";
        title += "\nCPU ms/req: the server's process; PG ms/req: the PostgreSQL backends of its own database, same slices; total: both";
        title += "\n" + BaselinePoolSettings.Describe(managedDatabase.ConnectionString, options.BaselinePool);
        return ComparisonReport.Print(title, gatewayRun, comparisons) ? 0 : 1;
    }

    private static ServerRun Run(LoadTarget target) =>
        new(target.Name, target.Runner.Result(), target.Server.PeakResidentBytes(), target.MeasuredCpu, target.MeasuredPostgresCpu);

    // Slice i of the gateway ran right before slice i of each baseline, so each pair saw the machine alike.
    private static double[] PairRatios(List<double> gateway, List<double> baseline) =>
        gateway.Zip(baseline, (g, b) => g / b).ToArray();

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
