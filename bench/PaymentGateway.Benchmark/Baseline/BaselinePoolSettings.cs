using Npgsql;
using PaymentGateway.Benchmark.Cli;

namespace PaymentGateway.Benchmark.Baseline;

/// <summary>
/// The baselines' connection string for <c>--baseline-pool</c>: as given (Npgsql's defaults), or with the pool
/// defaults the gateway applies, so that a reader sees how much of the gateway's lead comes from settings a minimal
/// server could use as well.
/// </summary>
internal static class BaselinePoolSettings
{
    // The gateway's values, written out here rather than called (the method is internal to the gateway); keep them
    // in step with WithPoolDefaults in src/BuildingBlocks/PaymentGateway.Modularity/Persistence/ModuleDatabaseExtensions.cs.
    private const bool GatewayNoResetOnClose = true;
    private const int GatewayMaxAutoPrepare = 64;

    /// <summary>
    /// Like the gateway, sets each setting only when the connection string does not already say it (so a
    /// --postgres string that sets one applies to both servers alike).
    /// </summary>
    public static string Apply(string connectionString, BaselinePool pool)
    {
        if (pool == BaselinePool.Npgsql)
            return connectionString;
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!Mentions(connectionString, "No Reset On Close", "NoResetOnClose"))
            builder.NoResetOnClose = GatewayNoResetOnClose;
        if (!Mentions(connectionString, "Max Auto Prepare", "MaxAutoPrepare"))
            builder.MaxAutoPrepare = GatewayMaxAutoPrepare;
        return builder.ConnectionString;
    }

    /// <summary>One line for the report: which settings the baselines' pool ran with, read back from their connection string.</summary>
    public static string Describe(string connectionString, BaselinePool pool)
    {
        var builder = new NpgsqlConnectionStringBuilder(Apply(connectionString, pool));
        var origin = pool == BaselinePool.Npgsql ? "Npgsql's defaults" : "the gateway's pool defaults";
        return $"baselines' pool (--baseline-pool {pool.ToString().ToLowerInvariant()}): {origin}, No Reset On Close={builder.NoResetOnClose}, Max Auto Prepare={builder.MaxAutoPrepare}";
    }

    private static bool Mentions(string connectionString, params string[] keys) =>
        keys.Any(key => connectionString.Contains(key, StringComparison.OrdinalIgnoreCase));
}
