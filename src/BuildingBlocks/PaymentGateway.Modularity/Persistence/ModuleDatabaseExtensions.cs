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

    /// <summary>
    /// No <c>DISCARD ALL</c> when a pooled connection is used again, unless the connection string says otherwise:
    /// no code here leaves session state behind (no SET, temporary tables or unreleased advisory locks), and the
    /// reset was a statement the server ran for about every other query of a create.
    /// </summary>
    internal static string WithPoolDefaults(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!Mentions(connectionString, "No Reset On Close", "NoResetOnClose"))
            builder.NoResetOnClose = true;
        return builder.ConnectionString;
    }

    private static bool Mentions(string connectionString, params string[] keys) =>
        keys.Any(key => connectionString.Contains(key, StringComparison.OrdinalIgnoreCase));
}
