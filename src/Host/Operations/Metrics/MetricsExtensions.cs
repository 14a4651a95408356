using OpenTelemetry.Metrics;

namespace PaymentGateway.Host.Operations.Metrics;

/// <summary>
/// OpenTelemetry metrics with a Prometheus scrape endpoint. Every module owns a <c>PaymentGateway.&lt;Module&gt;</c>
/// meter (and the Opencharge plumbing <c>PaymentGateway.Opencharge</c>); the wildcard picks up new ones without a change here.
/// </summary>
internal static class MetricsExtensions
{
    public const string MeterWildcard = "PaymentGateway.*";
    public const string ScrapePath = "/metrics";

    public static IServiceCollection AddGatewayMetrics(this IServiceCollection services)
    {
        services.AddOpenTelemetry().WithMetrics(metrics => metrics
            .AddMeter(MeterWildcard)
            .AddAspNetCoreInstrumentation()
            .AddPrometheusExporter());
        return services;
    }

    /// <summary>
    /// Unauthenticated like /health: restrict it at the network edge (it shows traffic volumes, never secrets).
    /// </summary>
    public static IEndpointRouteBuilder MapGatewayMetrics(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPrometheusScrapingEndpoint(ScrapePath);
        return endpoints;
    }
}
