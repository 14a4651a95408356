using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using PaymentGateway.Modularity.Persistence;

namespace PaymentGateway.Host.Operations.Health;

internal static class HealthCheckExtensions
{
    public const string LivePath = "/health/live";
    public const string ReadyPath = "/health/ready";

    public static IServiceCollection AddGatewayHealthChecks(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSharedDataSource(configuration);
        // The registration timeout bounds the check even when opening a connection hangs (a black-holed host).
        services.AddHealthChecks()
            .AddCheck<PostgresHealthCheck>(PostgresHealthCheck.Name, tags: [HealthTags.Ready], timeout: TimeSpan.FromSeconds(3))
            .AddCheck<HangfireServerHealthCheck>(HangfireServerHealthCheck.Name, tags: [HealthTags.Ready], timeout: TimeSpan.FromSeconds(3))
            .AddCheck<SchedulerHealthCheck>(SchedulerHealthCheck.Name, failureStatus: HealthStatus.Degraded, tags: [HealthTags.Ready],
                timeout: TimeSpan.FromSeconds(3));
        services.AddSingleton<ReadinessCache>();
        return services;
    }

    /// <summary>Outside the Opencharge base path: unauthenticated, unsigned, for load balancers and orchestrators.</summary>
    public static IEndpointRouteBuilder MapGatewayHealthChecks(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks(LivePath, new HealthCheckOptions
        {
            Predicate = _ => false,
            ResponseWriter = HealthResponseWriter.WriteAsync,
        });
        // Not MapHealthChecks: that runs every check for every request. See ReadinessCache.
        endpoints.MapGet(ReadyPath, async (HttpContext context, ReadinessCache readiness) =>
        {
            var report = await readiness.GetAsync(context.RequestAborted);
            context.Response.StatusCode = report.Status == HealthStatus.Unhealthy
                ? StatusCodes.Status503ServiceUnavailable
                : StatusCodes.Status200OK;
            context.Response.Headers.CacheControl = "no-store, no-cache";
            await HealthResponseWriter.WriteAsync(context, report);
        }).ExcludeFromDescription();
        return endpoints;
    }
}
