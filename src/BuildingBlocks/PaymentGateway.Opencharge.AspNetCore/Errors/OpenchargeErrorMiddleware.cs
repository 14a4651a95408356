using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace PaymentGateway.Opencharge.AspNetCore.Errors;

/// <summary>
/// Guarantees that whatever goes wrong on the Opencharge API, the caller gets the documented error envelope:
/// our own errors as thrown, malformed input as 400, a database outage as 503 (retryable), and anything else as a
/// logged 500 without internals. Unmatched routes get a 404 envelope instead of an empty body.
/// </summary>
internal sealed partial class OpenchargeErrorMiddleware(RequestDelegate next, ILogger<OpenchargeErrorMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
            if (context.Response is { StatusCode: 404 or 405, HasStarted: false, ContentLength: null or 0 } && NothingWritten(context.Response))
                await WriteNoRouteAsync(context);
        }
        catch (OpenchargeException exception) when (!context.Response.HasStarted)
        {
            await OpenchargeErrorWriter.WriteAsync(context, exception);
        }
        catch (Exception exception) when (!context.Response.HasStarted && IsMalformedInput(exception))
        {
            await OpenchargeErrorWriter.WriteAsync(context, StatusCodes.Status400BadRequest,
                new OpenchargeError(ErrorCodes.InvalidRequest, "The request body is not valid JSON of the expected shape."));
        }
        catch (Exception exception) when (!context.Response.HasStarted && TransientFailures.IsDatabaseOutage(exception))
        {
            LogDatabaseOutage(logger, exception);
            context.Response.Headers.RetryAfter = "5";
            await OpenchargeErrorWriter.WriteAsync(context, StatusCodes.Status503ServiceUnavailable,
                new OpenchargeError(ErrorCodes.ServiceUnavailable, "The gateway is temporarily unavailable; retry shortly."));
        }
        catch (Exception exception) when (!context.Response.HasStarted && !context.RequestAborted.IsCancellationRequested)
        {
            LogUnexpected(logger, exception, context.Request.Method, context.Request.Path);
            await OpenchargeErrorWriter.WriteAsync(context, StatusCodes.Status500InternalServerError,
                new OpenchargeError(ErrorCodes.InternalError, "An unexpected error occurred; it has been logged."));
        }
    }

    /// <summary>
    /// Under the Opencharge base path the body is a buffer (it is signed before it is sent) and may hold an answer; the
    /// server's own stream (the operator API) cannot tell its length, but nothing was written while it has not started.
    /// </summary>
    private static bool NothingWritten(HttpResponse response) => !response.Body.CanSeek || response.Body.Length == 0;

    private static Task WriteNoRouteAsync(HttpContext context)
    {
        var status = context.Response.StatusCode;
        var message = status == 404 ? "No Opencharge endpoint at this path." : "This endpoint does not accept that method.";
        return OpenchargeErrorWriter.WriteAsync(context, status, new OpenchargeError(status == 404 ? ErrorCodes.NotFound : ErrorCodes.InvalidRequest, message));
    }

    private static bool IsMalformedInput(Exception exception) =>
        exception is JsonException or BadHttpRequestException;

    [LoggerMessage(Level = LogLevel.Error, Message = "Database unavailable while serving an Opencharge request")]
    private static partial void LogDatabaseOutage(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Unexpected error on {Method} {Path}")]
    private static partial void LogUnexpected(ILogger logger, Exception exception, string method, PathString path);
}
