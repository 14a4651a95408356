using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace PaymentGateway.Host.Operations.Health;

/// <summary>
/// <c>{"status","checks":{name:{"status","description"?}}}</c>. Exceptions and check data are deliberately left out:
/// the endpoint is unauthenticated, and the details are in the log (HealthCheckService logs every failing check).
/// </summary>
internal static class HealthResponseWriter
{
    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        var checks = report.Entries.ToDictionary(
            entry => entry.Key,
            entry => new HealthCheckView(entry.Value.Status.ToString(), entry.Value.Description));
        return context.Response.WriteAsync(
            JsonSerializer.Serialize(new HealthView(report.Status.ToString(), checks), HealthJson.Options), context.RequestAborted);
    }
}
