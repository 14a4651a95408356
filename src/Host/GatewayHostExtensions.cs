using System.Text.Json.Serialization;
using FastEndpoints;
using Npgsql;
using PaymentGateway.Checkout;
using PaymentGateway.Host.KeyRing;
using PaymentGateway.Host.Operations;
using PaymentGateway.Host.Operations.RateLimiting;
using PaymentGateway.Merchants;
using PaymentGateway.Modularity.Persistence;
using PaymentGateway.Opencharge.AspNetCore;
using PaymentGateway.Opencharge.AspNetCore.Errors;
using PaymentGateway.Opencharge.AspNetCore.Identity;
using PaymentGateway.Operators;
using PaymentGateway.Settlement;

namespace PaymentGateway.Host;

/// <summary>Composition of the modules into one host. Each module registers itself; this only wires them together.</summary>
internal static class GatewayHostExtensions
{
    public static WebApplicationBuilder AddGateway(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;
        if (string.IsNullOrWhiteSpace(configuration.GetConnectionString(ModuleDatabaseExtensions.ConnectionStringName)))
            throw new GatewayConfigurationException(
                [$"ConnectionStrings:{ModuleDatabaseExtensions.ConnectionStringName} is required (a PostgreSQL connection string)."]);
        services.AddOpenchargeApi(configuration);
        services.AddGatewayKeyRing(configuration);
        services.AddMerchantsModule(configuration);
        services.AddCheckoutModule(configuration);
        services.AddSettlementModule(configuration);
        services.AddGatewayHangfire(configuration);
        services.AddOperatorAccess(configuration);
        services.AddFastEndpoints(options =>
        {
            // Explicit: auto-discovery only scans assemblies already loaded and can silently miss a module.
            options.DisableAutoDiscovery = true;
            options.Assemblies = [typeof(MerchantsModule).Assembly, typeof(CheckoutModule).Assembly, typeof(SettlementModule).Assembly];
        });
        builder.AddGatewayOperations();
        return builder;
    }

    /// <summary>
    /// Applies the modules' migrations (unless <c>Database:MigrateOnStartup</c> is false) and Hangfire's schema, one
    /// host at a time: any number of hosts may start or roll over together on one database.
    /// </summary>
    public static async Task MigrateDatabaseAsync(this WebApplication app)
    {
        var stopping = app.Lifetime.ApplicationStopping;
        await using var migrationLock = await MigrationLock.AcquireAsync(app.Services.GetRequiredService<NpgsqlDataSource>(), stopping);
        if (app.Configuration.GetValue("Database:MigrateOnStartup", true))
            foreach (var migrator in app.Services.GetServices<IModuleMigrator>())
                await migrator.MigrateAsync(stopping);
        await app.Services.PrepareHangfireStorageAsync(stopping);
    }

    public static WebApplication UseGateway(this WebApplication app)
    {
        // First: a refused probe or scrape should cost nothing. Only the operational surfaces are limited.
        app.UseOperationsRateLimiting();
        app.UseOpenchargeApi();
        app.UseCheckoutPages();
        app.UseOperatorApiErrors();
        // Only the dashboard and the operator API ask for a policy; everything else stays anonymous.
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseFastEndpoints(config =>
        {
            config.Serializer.Options.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
            // Binding and validation failures are answered in the Opencharge error envelope.
            config.Errors.UseOpenchargeEnvelope();
            // A route or query value that does not parse says what the field expects, not the CLR type's name.
            config.Binding.UseClearWording();
            // "?from=" means no from, not the type's default value.
            config.Binding.UseDefaultValuesForNullableProps = false;
        });
        app.UseGatewayOperations();
        app.MapOperatorDashboard();
        return app;
    }
}
