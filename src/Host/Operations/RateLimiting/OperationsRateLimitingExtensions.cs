using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using PaymentGateway.Host.Operations.Health;
using PaymentGateway.Host.Operations.Metrics;
using PaymentGateway.Opencharge.AspNetCore.Errors;
using PaymentGateway.Opencharge.AspNetCore.Identity;

namespace PaymentGateway.Host.Operations.RateLimiting;

/// <summary>
/// ASP.NET Core's rate limiter in front of the unauthenticated operational surfaces, partitioned by client address and
/// surface, so one noisy client (or a flood of readiness probes) neither starves the process nor another surface:
/// a flood of <c>/health/ready</c> from a balancer leaves that balancer's <c>/health/live</c> alone. Refusals are
/// 429 <c>TOO_MANY_REQUESTS</c> in the error envelope with <c>Retry-After</c>. The Opencharge API, the hosted page
/// and the operator API are not limited here (failed operator sign-ins are, by the operator scheme).
/// </summary>
internal static class OperationsRateLimitingExtensions
{
    private const string SwaggerPrefix = "/swagger";

    public static IServiceCollection AddOperationsRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = configuration.GetSection(OperationsRateLimitOptions.Section).Get<OperationsRateLimitOptions>() ?? new OperationsRateLimitOptions();
        var problems = new List<string>();
        if (settings.PermitsPerSecond < 1)
            problems.Add($"{OperationsRateLimitOptions.Section}:PermitsPerSecond must be at least 1.");
        if (settings.Burst < 1)
            problems.Add($"{OperationsRateLimitOptions.Section}:Burst must be at least 1.");
        if (problems.Count > 0)
            throw new GatewayConfigurationException(problems);

        var bucket = new TokenBucketRateLimiterOptions
        {
            TokenLimit = settings.Burst,
            TokensPerPeriod = settings.PermitsPerSecond,
            ReplenishmentPeriod = TimeSpan.FromSeconds(1),
            QueueLimit = 0,
            AutoReplenishment = true,
        };
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context => Surface(context.Request.Path) is { } surface
                ? RateLimitPartition.GetTokenBucketLimiter($"{context.Connection.RemoteIpAddress} {surface}", _ => bucket)
                : RateLimitPartition.GetNoLimiter(""));
            options.OnRejected = RejectAsync;
        });
        return services;
    }

    /// <summary>
    /// The limiter runs only on the limited surfaces: every other request (the Opencharge API, the pages) would pay for
    /// a lease from a partition that never limits, and for its metrics, on the hot path.
    /// </summary>
    public static IApplicationBuilder UseOperationsRateLimiting(this IApplicationBuilder app) =>
        app.UseWhen(context => Surface(context.Request.Path) is not null, limited => limited.UseRateLimiter());

    /// <summary>Which limited surface a path belongs to, or null for everything else.</summary>
    private static string? Surface(PathString path)
    {
        if (path.Equals(HealthCheckExtensions.LivePath, StringComparison.OrdinalIgnoreCase))
            return HealthCheckExtensions.LivePath;
        if (path.Equals(HealthCheckExtensions.ReadyPath, StringComparison.OrdinalIgnoreCase))
            return HealthCheckExtensions.ReadyPath;
        if (path.StartsWithSegments(MetricsExtensions.ScrapePath, StringComparison.OrdinalIgnoreCase))
            return MetricsExtensions.ScrapePath;
        if (path.StartsWithSegments(SwaggerPrefix, StringComparison.OrdinalIgnoreCase))
            return SwaggerPrefix;
        return null;
    }

    private static ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var context = rejected.HttpContext;
        var wait = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromSeconds(1);
        context.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        return new ValueTask(OpenchargeErrorWriter.WriteAsync(context, StatusCodes.Status429TooManyRequests,
            new OpenchargeError(ErrorCodes.TooManyRequests, "Too many requests from this address; slow down.")));
    }
}
