using Microsoft.Extensions.Logging.Console;

namespace PaymentGateway.Host.Operations.Logging;

/// <summary>
/// Console logging that keeps the request scopes (caller OCID, session id): shown in Development, and always part of
/// the JSON lines selected with <c>Logging:Console:FormatterName=json</c> (the built-in binding reads that setting).
/// </summary>
internal static class LoggingExtensions
{
    public static WebApplicationBuilder AddGatewayLogging(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<JsonConsoleFormatterOptions>(options =>
        {
            options.IncludeScopes = true;
            options.UseUtcTimestamp = true;
            options.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
        });
        if (builder.Environment.IsDevelopment())
            builder.Services.Configure<SimpleConsoleFormatterOptions>(options => options.IncludeScopes = true);
        return builder;
    }
}
