using FastEndpoints.Swagger;
using PaymentGateway.Host.Operations.Health;
using PaymentGateway.Host.Operations.Logging;
using PaymentGateway.Host.Operations.Metrics;
using PaymentGateway.Host.Operations.OpenApi;
using PaymentGateway.Host.Operations.RateLimiting;

namespace PaymentGateway.Host.Operations;

/// <summary>What operators need around the modules: health, metrics, API docs and log formatting.</summary>
internal static class OperationsExtensions
{
    private const string SwaggerPrefix = "/swagger";

    public static WebApplicationBuilder AddGatewayOperations(this WebApplicationBuilder builder)
    {
        builder.AddGatewayLogging();
        builder.Services.AddGatewayHealthChecks(builder.Configuration);
        builder.Services.AddGatewayMetrics();
        builder.Services.AddGatewayOpenApi();
        builder.Services.AddOperationsRateLimiting(builder.Configuration);
        return builder;
    }

    /// <summary>After UseFastEndpoints: the OpenAPI generator reads the endpoints FastEndpoints has mapped.</summary>
    public static WebApplication UseGatewayOperations(this WebApplication app)
    {
        app.MapGatewayHealthChecks();
        app.MapGatewayMetrics();
        // Only under /swagger: its middlewares would otherwise sit in front of every request, checking the path.
        app.UseWhen(context => context.Request.Path.StartsWithSegments(SwaggerPrefix, StringComparison.OrdinalIgnoreCase),
            swagger => swagger.UseSwaggerGen());
        return app;
    }
}
