using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace PaymentGateway.Modularity.Messaging;

/// <summary>
/// Relays a just-committed message right away so its consumers act before the caller answers (e.g. the merchant
/// gateway has the proof before the customer is redirected), but never makes the caller wait longer than a budget:
/// past it the relay carries on in the background, on its own DI scope, and the outbox poller covers any failure.
/// </summary>
public sealed partial class InlineOutboxRelay<TContext>(IServiceScopeFactory scopes, ILogger<InlineOutboxRelay<TContext>> logger)
    where TContext : DbContext
{
    /// <returns>True when the message was handled within <paramref name="budget"/>.</returns>
    public async Task<bool> RelayAsync(Guid messageId, TimeSpan budget)
    {
        var relay = Task.Run(async () =>
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<OutboxRelay<TContext>>().RelayAsync(messageId, CancellationToken.None);
        });
        try
        {
            await relay.WaitAsync(budget);
            return true;
        }
        catch (TimeoutException)
        {
            LogStillRunning(logger, messageId, budget.TotalSeconds);
            _ = relay.ContinueWith(t => LogFailed(logger, t.Exception!, messageId), CancellationToken.None,
                TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
            return false;
        }
        catch (Exception exception)
        {
            LogFailed(logger, exception, messageId);
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Outbox message {MessageId} still relaying after {BudgetSeconds} s; continuing in the background")]
    private static partial void LogStillRunning(ILogger logger, Guid messageId, double budgetSeconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Inline relay of outbox message {MessageId} failed; the poller will retry it")]
    private static partial void LogFailed(ILogger logger, Exception exception, Guid messageId);
}
