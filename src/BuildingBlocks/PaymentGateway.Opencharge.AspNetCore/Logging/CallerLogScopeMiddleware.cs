using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace PaymentGateway.Opencharge.AspNetCore.Logging;

/// <summary>Every log line written while serving an Opencharge request carries the verified caller's OCID.</summary>
internal sealed class CallerLogScopeMiddleware(RequestDelegate next, ILogger<CallerLogScopeMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        using (logger.BeginScope(new CallerLogScope(context)))
            await next(context);
    }
}
