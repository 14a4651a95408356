using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using PaymentGateway.IntegrationEvents;

namespace PaymentGateway.Modularity.Messaging;

/// <summary>
/// Relays a just-committed message right away so its consumers act before the caller answers (e.g. the merchant
/// gateway has the proof before the customer is redirected), but never makes the caller wait longer than a budget:
/// past it the relay carries on in the background, and the outbox poller covers any failure. The caller wrote the
/// message under a lease (<see cref="OutboxRelay{TContext}.NewLease"/>), so nothing needs claiming and no poll takes it
/// meanwhile.
/// </summary>
public sealed partial class InlineOutboxRelay<TContext>(OutboxRelay<TContext> relay, ILogger<InlineOutboxRelay<TContext>> logger)
    where TContext : DbContext
{
    /// <summary>A lease to write the message under (<see cref="OutboxInsert"/>), then to relay it with.</summary>
    public OutboxLease NewLease(Guid messageId) => relay.NewLease(messageId);

    /// <returns>True when the message was handled within <paramref name="budget"/>.</returns>
    public async Task<bool> RelayAsync(IIntegrationEvent integrationEvent, OutboxLease lease, TimeSpan budget)
    {
        ArgumentNullException.ThrowIfNull(lease);
        var relaying = Task.Run(() => relay.RelayLeasedAsync(integrationEvent, lease, CancellationToken.None));
        try
        {
            return await relaying.WaitAsync(budget);
        }
        catch (TimeoutException)
        {
            LogStillRunning(logger, lease.MessageId, budget.TotalSeconds);
            _ = relaying.ContinueWith(t => LogFailed(logger, t.Exception!, lease.MessageId), CancellationToken.None,
                TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
            return false;
        }
        catch (Exception exception)
        {
            LogFailed(logger, exception, lease.MessageId);
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Outbox message {MessageId} still relaying after {BudgetSeconds} s; continuing in the background")]
    private static partial void LogStillRunning(ILogger logger, Guid messageId, double budgetSeconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Inline relay of outbox message {MessageId} failed; the poller will retry it once its lease runs out")]
    private static partial void LogFailed(ILogger logger, Exception exception, Guid messageId);
}
