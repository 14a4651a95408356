using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using PaymentGateway.Checkout.Features.HostedPage.Rendering;
using PaymentGateway.Opencharge.AspNetCore.Errors;

namespace PaymentGateway.Checkout.Features.HostedPage;

/// <summary>
/// A customer never sees a stack trace or a blank 500: a database outage becomes a 503 "try again" page, anything
/// else a logged 500 page. Payments that did not commit were voided by the pay handler before this runs.
/// </summary>
internal sealed partial class HostedPageErrorMiddleware(RequestDelegate next, ILogger<HostedPageErrorMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (Exception exception) when (!context.Response.HasStarted && !context.RequestAborted.IsCancellationRequested)
        {
            var pathBase = context.Request.PathBase.Value ?? "";
            var outage = TransientFailures.IsDatabaseOutage(exception);
            if (outage)
                LogOutage(logger, exception);
            else
                LogUnexpected(logger, exception, context.Request.Method, context.Request.Path);
            context.Response.Clear();
            if (outage)
                context.Response.Headers.RetryAfter = "5";
            var page = outage
                ? new HtmlPageResult(StatePageRenderer.Unavailable(pathBase), StatusCodes.Status503ServiceUnavailable, [])
                : new HtmlPageResult(StatePageRenderer.Failed(pathBase), StatusCodes.Status500InternalServerError, []);
            await page.ExecuteAsync(context);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Database unavailable while serving a hosted checkout page")]
    private static partial void LogOutage(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Unexpected error on hosted checkout page {Method} {Path}")]
    private static partial void LogUnexpected(ILogger logger, Exception exception, string method, PathString path);
}
