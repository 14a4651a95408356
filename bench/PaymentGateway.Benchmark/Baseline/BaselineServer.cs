using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Npgsql;

namespace PaymentGateway.Benchmark.Baseline;

/// <summary>
/// Hidden subcommand <c>baseline-server</c>: a plain minimal-API app that serves /opencharge/checkout/create with
/// only the unavoidable work (<see cref="BaselineCheckoutHandler"/>). Started by the benchmark as a child process.
/// </summary>
internal static class BaselineServer
{
    public const string CommandName = "baseline-server";

    public static async Task<int> RunAsync(string[] args)
    {
        var settings = BaselineSettings.FromEnvironment();
        await using var dataSource = NpgsqlDataSource.Create(settings.ConnectionString);
        await BaselineSchema.CreateAsync(dataSource);

        // URLs and log levels come from ASPNETCORE_URLS and Logging__LogLevel__Default, like the gateway's.
        var builder = WebApplication.CreateSlimBuilder(args);
        var app = builder.Build();
        var handler = new BaselineCheckoutHandler(settings, dataSource);
        // Readiness probe on the same path as the gateway's, so the benchmark waits for both the same way.
        app.MapGet("/opencharge/metadata.json", () => Results.Text("{}", "application/json"));
        app.MapPost("/opencharge/checkout/create", handler.HandleAsync);
        await app.RunAsync();
        return 0;
    }
}
