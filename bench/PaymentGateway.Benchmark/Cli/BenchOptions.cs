using System.Globalization;

namespace PaymentGateway.Benchmark.Cli;

/// <summary>Options shared by the scenarios. The PostgreSQL connection string is a secret: never printed.</summary>
/// <param name="Sessions">--sessions: how many sessions the pay and expiry scenarios use (null: the scenario's default).</param>
/// <param name="SweepBatchSize">--sweep-batch: overrides the gateway's Checkout:Expiry:SweepBatchSize in the expiry scenario.</param>
/// <param name="CompareGateway">--compare-gateway: the pay scenario also runs this gateway build (its PaymentGateway.Host.dll)
/// in alternating slices and reports both; scripts/bench.sh --compare-with builds one from a commit.</param>
/// <param name="CompareLabel">--compare-label: what to call that build in the report (e.g. its commit).</param>
/// <param name="BaselinePool">--baseline-pool: the create scenario's baselines run with Npgsql's pool defaults or the gateway's.</param>
internal sealed record BenchOptions(string PostgresAdmin, TimeSpan Warmup, TimeSpan Duration, int PoolCap, int Slices,
    string RepositoryRoot, int? Sessions = null, int? SweepBatchSize = null, string? CompareGateway = null, string? CompareLabel = null,
    BaselinePool BaselinePool = BaselinePool.Npgsql)
{
    public const string PostgresVariable = "BENCH_POSTGRES";

    public static BenchOptions Parse(string[] args)
    {
        string? postgres = Environment.GetEnvironmentVariable(PostgresVariable), repo = null;
        double seconds = 15, warmup = 10;
        var pool = 100_000;
        var slices = 3;
        int? sessions = null, sweepBatch = null;
        string? compareGateway = null, compareLabel = null;
        var baselinePool = BaselinePool.Npgsql;
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : throw new UsageException($"{args[i]} needs a value.");
            switch (args[i])
            {
                case "--postgres": postgres = value; break;
                case "--seconds": seconds = Positive(args[i], value); break;
                case "--warmup": warmup = NonNegative(args[i], value); break;
                case "--pool": pool = (int)Positive(args[i], value); break;
                case "--slices": slices = (int)Positive(args[i], value); break;
                case "--repo": repo = value; break;
                case "--sessions": sessions = (int)Positive(args[i], value); break;
                case "--sweep-batch": sweepBatch = (int)Positive(args[i], value); break;
                case "--compare-gateway": compareGateway = value; break;
                case "--compare-label": compareLabel = value; break;
                case "--baseline-pool": baselinePool = Pool(args[i], value); break;
                default: throw new UsageException($"unknown option {args[i]}.");
            }
            i++;
        }
        if (string.IsNullOrWhiteSpace(postgres))
            throw new UsageException($"no PostgreSQL: pass --postgres or set {PostgresVariable} (an admin connection string).");
        return new BenchOptions(postgres, TimeSpan.FromSeconds(warmup), TimeSpan.FromSeconds(seconds), pool, slices,
            repo ?? Repository.TryFind() ?? throw new UsageException("cannot find PaymentGateway.sln above the benchmark; pass --repo."), sessions, sweepBatch, compareGateway, compareLabel,
            baselinePool);
    }

    private static BaselinePool Pool(string name, string text) => text switch
    {
        "npgsql" => BaselinePool.Npgsql,
        "gateway" => BaselinePool.Gateway,
        _ => throw new UsageException($"{name} must be npgsql or gateway, not '{text}'."),
    };

    private static double Positive(string name, string text) =>
        NonNegative(name, text) is > 0 and var value ? value : throw new UsageException($"{name} must be positive.");

    private static double NonNegative(string name, string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value >= 0
            ? value
            : throw new UsageException($"{name} must be a non-negative number, not '{text}'.");
}
