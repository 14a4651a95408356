using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace PaymentGateway.Modularity.Messaging;

/// <summary>
/// The safety net behind the inline relay: polls the module's outbox so that a message whose inline relay never ran
/// (a crash right after commit, a restart, another host's failure) is handled within seconds. Each poll also counts
/// the module's parked messages for the <c>outbox_parked_messages</c> gauge.
/// </summary>
internal sealed partial class OutboxRelayService<TContext>(
    OutboxRelay<TContext> relay,
    IOptions<OutboxOptions> options,
    OutboxMetrics metrics,
    ILogger<OutboxRelayService<TContext>> logger) : BackgroundService
    where TContext : DbContext
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.PollInterval);
        string? module = null;
        var failuresInARow = 0;
        do
        {
            try
            {
                module ??= relay.Module;
                await relay.RelayPendingAsync(stoppingToken);
                metrics.SetParkedNow(module, await relay.CountParkedAsync(stoppingToken));
                failuresInARow = 0;
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                // The database may be down; keep polling, it comes back by itself. The stack trace once per outage,
                // then one line per poll.
                if (module is not null)
                    metrics.SetParkedNow(module, null);
                if (failuresInARow++ == 0)
                    LogPollFailed(logger, exception, typeof(TContext).Name);
                else
                    LogPollStillFailing(logger, typeof(TContext).Name, failuresInARow, exception.GetType().FullName, exception.Message);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox poll of {Context} failed; retrying on the next tick")]
    private static partial void LogPollFailed(ILogger logger, Exception exception, string context);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox poll of {Context} failed {Failures} times in a row: {ErrorType}: {Error}")]
    private static partial void LogPollStillFailing(ILogger logger, string context, int failures, string? errorType, string error);
}
