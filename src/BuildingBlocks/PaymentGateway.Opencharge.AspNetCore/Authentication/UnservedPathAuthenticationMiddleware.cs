using System.Collections.Frozen;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace PaymentGateway.Opencharge.AspNetCore.Authentication;

/// <summary>
/// A request under the Opencharge base path that no endpoint serves (404) or serves with another method (405) belongs
/// to no endpoint group, so nothing asks for its signature; this asks for it (docs/protocol.md, Endpoints we serve: a
/// signed request gets the 404, an unsigned one the 401 first), so that an unsigned caller learns nothing about which
/// paths exist. Paths whose endpoints are public (metadata.json) answer their 405 unsigned, as those endpoints would.
/// </summary>
internal sealed class UnservedPathAuthenticationMiddleware(RequestDelegate next, EndpointDataSource endpoints)
{
    private FrozenSet<string>? _publicPaths;

    /// <summary>Whether no endpoint that states its own access rule (required scheme or anonymous) was matched.</summary>
    public static bool IsUnserved(HttpContext context) =>
        context.GetEndpoint()?.Metadata is not { } metadata
        || (metadata.GetMetadata<IAuthorizeData>() is null && metadata.GetMetadata<IAllowAnonymous>() is null);

    public async Task InvokeAsync(HttpContext context)
    {
        if (!PublicPaths().Contains(context.Request.Path.Value ?? ""))
        {
            var result = await context.AuthenticateAsync(OpenchargeAuthentication.Scheme);
            if (!result.Succeeded)
            {
                await context.ChallengeAsync(OpenchargeAuthentication.Scheme);
                return;
            }
        }
        await next(context);
    }

    private FrozenSet<string> PublicPaths() =>
        _publicPaths ??= endpoints.Endpoints.OfType<RouteEndpoint>()
            .Where(endpoint => endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null && endpoint.RoutePattern.RawText is not null)
            .Select(endpoint => "/" + endpoint.RoutePattern.RawText!.TrimStart('/'))
            .ToFrozenSet(StringComparer.OrdinalIgnoreCase);
}
