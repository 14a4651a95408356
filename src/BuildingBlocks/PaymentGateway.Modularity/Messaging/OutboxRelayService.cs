using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace PaymentGateway.Modularity.Messaging;

/// <summary>
/// The safety net behind the inline relay: polls the module's outbox so that a message whose inline relay never ran
/// (a crash right after commit, a restart, another host's failure) is handled within seconds.
/// </summary>
internal sealed partial class OutboxRelayService<TContext>(
    IServiceScopeFactory scopes,
    IOptions<OutboxOptions> options,
    ILogger<OutboxRelayService<TContext>> logger) : BackgroundService
    where TContext : DbContext
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.PollInterval);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<OutboxRelay<TContext>>().RelayPendingAsync(stoppingToken);
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                // The database may be down; keep polling, it comes back by itself.
                LogPollFailed(logger, exception, typeof(TContext).Name);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox poll of {Context} failed; retrying on the next tick")]
    private static partial void LogPollFailed(ILogger logger, Exception exception, string context);
}
