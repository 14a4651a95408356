using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PaymentGateway.Opencharge.AspNetCore.Errors;
using PaymentGateway.Opencharge.AspNetCore.Identity;
using PaymentGateway.Operators.SignIn;

namespace PaymentGateway.Operators;

public static class OperatorAccessExtensions
{
    /// <summary>
    /// The <c>OperatorBasic</c> scheme and the <c>Operator</c> / <c>OperatorAdmin</c> policies. Not the default scheme:
    /// only endpoints that ask for these policies (the dashboard, the operator API) see operator credentials.
    /// With no users configured every operator request is refused (fail closed).
    /// </summary>
    public static IServiceCollection AddOperatorAccess(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(OperatorAccessOptions.Section);
        var problems = OperatorDirectory.Validate(section.Get<OperatorAccessOptions>() ?? new OperatorAccessOptions());
        if (problems.Count > 0)
            throw new GatewayConfigurationException(problems);
        services.Configure<OperatorAccessOptions>(section);
        services.AddSingleton<OperatorDirectory>();
        services.AddSingleton<SignInThrottle>();
        services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, BasicAuthenticationHandler>(OperatorAccess.Scheme, displayName: "Operators (HTTP Basic)", _ => { });
        services.AddAuthorizationBuilder()
            .AddPolicy(OperatorAccess.Policy, policy => policy.AddAuthenticationSchemes(OperatorAccess.Scheme)
                .RequireAuthenticatedUser().RequireRole(OperatorAccess.AdminRole, OperatorAccess.ReadOnlyRole))
            .AddPolicy(OperatorAccess.AdminPolicy, policy => policy.AddAuthenticationSchemes(OperatorAccess.Scheme)
                .RequireAuthenticatedUser().RequireRole(OperatorAccess.AdminRole));
        return services;
    }

    /// <summary>
    /// The Opencharge error envelope (and "never a bare 500") for the operator API under <c>/operator</c>, and the
    /// refusal of cross-site state changes (<see cref="OperatorRequestForgeryMiddleware"/>). Before authentication.
    /// </summary>
    public static IApplicationBuilder UseOperatorApiErrors(this IApplicationBuilder app)
    {
        var prefix = new PathString(OperatorAccess.RoutePrefix);
        return app.UseWhen(context => context.Request.Path.StartsWithSegments(prefix, StringComparison.OrdinalIgnoreCase), api =>
        {
            api.UseOpenchargeErrors();
            api.UseMiddleware<OperatorRequestForgeryMiddleware>();
        });
    }
}
