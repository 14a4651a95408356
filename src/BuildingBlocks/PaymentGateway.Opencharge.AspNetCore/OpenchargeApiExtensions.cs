using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PaymentGateway.Opencharge.AspNetCore.Authentication;
using PaymentGateway.Opencharge.AspNetCore.Errors;
using PaymentGateway.Opencharge.AspNetCore.Identity;
using PaymentGateway.Opencharge.AspNetCore.Logging;

namespace PaymentGateway.Opencharge.AspNetCore;

public static class OpenchargeApiExtensions
{
    /// <summary>Registers our identity (validated now, so a misconfigured gateway fails at start) and the API plumbing.</summary>
    public static IServiceCollection AddOpenchargeApi(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(GatewayOptions.Section);
        services.Configure<GatewayOptions>(section);
        services.Configure<OpenchargeAuthenticationOptions>(section.GetSection("Authentication"));
        var options = section.Get<GatewayOptions>() ?? new GatewayOptions();
        services.AddSingleton(GatewayIdentityFactory.Create(options));
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<OpenchargeMetrics>();
        return services;
    }

    /// <summary>
    /// Puts error envelopes, response signing and request authentication in front of every endpoint under the
    /// Opencharge base path. Only <c>metadata.json</c> is public.
    /// </summary>
    public static IApplicationBuilder UseOpenchargeApi(this IApplicationBuilder app)
    {
        var identity = app.ApplicationServices.GetRequiredService<GatewayIdentity>();
        var basePath = new PathString(identity.BasePath);
        var metadataPath = basePath.Add("/metadata.json");
        return app.UseWhen(context => IsApiRequest(context, basePath), api =>
        {
            api.UseMiddleware<CallerLogScopeMiddleware>();
            api.UseMiddleware<ResponseSigningMiddleware>();
            api.UseMiddleware<OpenchargeErrorMiddleware>();
            api.UseWhen(context => !context.Request.Path.Equals(metadataPath, StringComparison.OrdinalIgnoreCase),
                authenticated => authenticated.UseMiddleware<OpenchargeAuthenticationMiddleware>());
        });
    }

    private static bool IsApiRequest(HttpContext context, PathString basePath) =>
        context.Request.Path.StartsWithSegments(basePath, StringComparison.OrdinalIgnoreCase);
}
