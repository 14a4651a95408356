using Hangfire;
using Hangfire.Dashboard;
using Microsoft.Extensions.Options;
using PaymentGateway.Operators;

namespace PaymentGateway.Host;

/// <summary>
/// The Hangfire dashboard at <c>/hangfire</c>, behind the <c>Operator</c> policy (HTTP Basic, fail closed). Read-only
/// operators see everything but Hangfire refuses their commands (requeue, delete, trigger) through IsReadOnlyFunc;
/// POSTs also need the antiforgery token the dashboard's own pages carry.
/// </summary>
internal static partial class OperatorDashboardExtensions
{
    public const string Path = "/hangfire";

    public static WebApplication MapOperatorDashboard(this WebApplication app)
    {
        var access = app.Services.GetRequiredService<IOptions<OperatorAccessOptions>>().Value;
        if (access.Users.Count == 0)
            LogNoOperators(app.Logger);
        if (access.AllowAnonymousLocal && !app.Environment.IsDevelopment())
            LogAnonymousIgnored(app.Logger, app.Environment.EnvironmentName);

        app.MapHangfireDashboardWithAuthorizationPolicy(OperatorAccess.Policy, Path, new DashboardOptions
        {
            DashboardTitle = "Opencharge gateway jobs",
            // The connection string names the database host and user; operators do not need it on screen.
            DisplayStorageConnectionString = false,
            AppPath = null,
            IsReadOnlyFunc = context => !context.GetHttpContext().User.IsInRole(OperatorAccess.AdminRole),
        });
        return app;
    }

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "No operators configured (Hangfire:Dashboard:Users): the dashboard and the operator API refuse every request")]
    private static partial void LogNoOperators(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Hangfire:Dashboard:AllowAnonymousLocal is ignored in the {Environment} environment (Development only)")]
    private static partial void LogAnonymousIgnored(ILogger logger, string environment);
}
