using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;

namespace PaymentGateway.Modularity.Persistence;

public static class ModuleDatabaseExtensions
{
    public const string ConnectionStringName = "PaymentGateway";

    /// <summary>
    /// One DbContext per module, on the shared database (one connection pool) but in the module's own schema, with
    /// its migrations history in that schema too (HasDefaultSchema alone leaves the history table in <c>public</c>).
    /// </summary>
    public static IServiceCollection AddModuleDatabase<TContext>(this IServiceCollection services, IConfiguration configuration, string schema)
        where TContext : DbContext
    {
        services.AddSharedDataSource(configuration);
        services.AddDbContextPool<TContext>((provider, options) => options
            .UseNpgsql(provider.GetRequiredService<NpgsqlDataSource>(), npgsql => npgsql.MigrationsHistoryTable("__EFMigrationsHistory", schema))
            .UseSnakeCaseNamingConvention());
        services.AddSingleton<IModuleMigrator>(provider =>
            new ModuleMigrator<TContext>(provider.GetRequiredService<IServiceScopeFactory>(), schema));
        return services;
    }

    /// <summary>The single Npgsql pool every module shares, for EF and for the few hot paths written in plain SQL.</summary>
    public static IServiceCollection AddSharedDataSource(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(_ =>
        {
            var connectionString = configuration.GetConnectionString(ConnectionStringName);
            if (string.IsNullOrWhiteSpace(connectionString))
                throw new InvalidOperationException($"ConnectionStrings:{ConnectionStringName} is required (a PostgreSQL connection string).");
            return new NpgsqlDataSourceBuilder(WithPoolDefaults(connectionString)).Build();
        });
        services.TryAddScoped<RequestWrites>();
        return services;
    }

    /// <summary>How many statements each pooled connection keeps prepared (Npgsql's <c>Max Auto Prepare</c>).</summary>
    internal const int AutoPreparedStatements = 64;

    /// <summary>
    /// Two defaults, each unless the connection string sets it:
    /// no <c>DISCARD ALL</c> when a pooled connection is used again: no code here leaves session state behind (no SET,
    /// temporary tables or unreleased advisory locks), and the reset was a statement the server ran for about every
    /// other query of a create;
    /// and statements run a few times are prepared on each connection, so the server parses and plans a create's or
    /// a payment's statements once per connection instead of on every request (measured in README, Benchmarks: the
    /// gateway's own CPU per create fell by about a quarter). <c>Max Auto Prepare=0</c> turns it off,
    /// for a pooler in transaction mode that cannot keep prepared statements.
    /// </summary>
    internal static string WithPoolDefaults(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!Mentions(connectionString, "No Reset On Close", "NoResetOnClose"))
            builder.NoResetOnClose = true;
        if (!Mentions(connectionString, "Max Auto Prepare", "MaxAutoPrepare"))
            builder.MaxAutoPrepare = AutoPreparedStatements;
        return builder.ConnectionString;
    }

    private static bool Mentions(string connectionString, params string[] keys) =>
        keys.Any(key => connectionString.Contains(key, StringComparison.OrdinalIgnoreCase));
}
