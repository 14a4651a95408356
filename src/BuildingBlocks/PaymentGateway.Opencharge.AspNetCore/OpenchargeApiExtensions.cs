using Microsoft.AspNetCore.Authentication;
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
        // Not a default scheme: only the endpoints of the OpenchargeApi group ask for it.
        services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, SignedRequestAuthenticationHandler>(
            OpenchargeAuthentication.Scheme, displayName: "Opencharge signed requests", _ => { });
        return services;
    }

    /// <summary>
    /// Puts the caller's log scope, response signing and the error envelope around everything under the Opencharge
    /// base path. Request authentication is the <see cref="Endpoints.OpenchargeApi"/> group's (its endpoints require
    /// the <see cref="OpenchargeAuthentication.Scheme"/> scheme); only paths that no endpoint serves are authenticated
    /// here (<see cref="UnservedPathAuthenticationMiddleware"/>).
    /// </summary>
    public static IApplicationBuilder UseOpenchargeApi(this IApplicationBuilder app)
    {
        var identity = app.ApplicationServices.GetRequiredService<GatewayIdentity>();
        var basePath = new PathString(identity.BasePath);
        return app.UseWhen(context => IsApiRequest(context, basePath), api =>
        {
            api.UseMiddleware<CallerLogScopeMiddleware>();
            api.UseMiddleware<ResponseSigningMiddleware>();
            api.UseMiddleware<OpenchargeErrorMiddleware>();
            api.UseWhen(UnservedPathAuthenticationMiddleware.IsUnserved,
                unserved => unserved.UseMiddleware<UnservedPathAuthenticationMiddleware>());
        });
    }

    private static bool IsApiRequest(HttpContext context, PathString basePath) =>
        context.Request.Path.StartsWithSegments(basePath, StringComparison.OrdinalIgnoreCase);
}
