using Hangfire;
using Microsoft.Extensions.Logging;

namespace PaymentGateway.Checkout.Features.ExpireSessions;

/// <summary>
/// The recurring sweep (<c>checkout:expire-sessions</c>, every minute): expires whatever the delayed jobs missed
/// (a host down at the time, a job lost). Safe on several hosts at once.
/// </summary>
internal sealed partial class ExpireDueSessionsJob(DueSessionSweeper sweeper, ILogger<ExpireDueSessionsJob> logger)
{
    public const string RecurringJobId = "checkout:expire-sessions";

    [Queue("checkout")]
    [JobDisplayName("Expire due checkouts")]
    [DisableConcurrentExecution(timeoutInSeconds: 60)]
    [AutomaticRetry(Attempts = 0)] // runs again within a minute anyway
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var total = await sweeper.ExpireAllDueAsync(cancellationToken);
        if (total > 0)
            LogSwept(logger, total);
        return total;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Expiry sweep expired {Count} checkout sessions")]
    private static partial void LogSwept(ILogger logger, int count);
}
