using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace PaymentGateway.Modularity.Messaging;

/// <summary>
/// Hands a module's outbox messages to their in-process handlers. Rows are claimed with <c>FOR UPDATE SKIP LOCKED</c>
/// inside a transaction, so several hosts relay in parallel without ever handing one message to two handlers at once;
/// a message is marked processed only after its handlers succeed, so a crash means a retry, never a loss.
/// </summary>
public sealed partial class OutboxRelay<TContext>(
    TContext db,
    IntegrationEventPublisher publisher,
    TimeProvider clock,
    ILogger<OutboxRelay<TContext>> logger)
    where TContext : DbContext
{
    private const int BatchSize = 50;

    /// <summary>
    /// Relays one message now (used right after the commit that wrote it). If a poll already holds it, waits until that
    /// relay finishes; false when the message was handled by someone else.
    /// </summary>
    public async Task<bool> RelayAsync(Guid messageId, CancellationToken cancellationToken) =>
        await RelayBatchAsync(messageId, cancellationToken) > 0;

    /// <summary>Relays everything pending, batch by batch. Returns how many messages were handled.</summary>
    public async Task<int> RelayPendingAsync(CancellationToken cancellationToken)
    {
        var total = 0;
        int handled;
        do
        {
            handled = await RelayBatchAsync(null, cancellationToken);
            total += handled;
        }
        while (handled == BatchSize && !cancellationToken.IsCancellationRequested);
        return total;
    }

    private async Task<int> RelayBatchAsync(Guid? onlyId, CancellationToken cancellationToken)
    {
        // The schema comes from the module's own model, never from input. A poll skips rows another relayer holds;
        // relaying one given message waits for its holder instead, then finds it processed (the WHERE is re-checked).
        var sql = $$"""
            SELECT * FROM "{{db.Model.GetDefaultSchema()}}".outbox_messages
            WHERE processed_at IS NULL AND ({0}::uuid IS NULL OR id = {0})
            ORDER BY occurred_at LIMIT {{BatchSize}}
            FOR UPDATE {{(onlyId.HasValue ? "" : "SKIP LOCKED")}}
            """;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var messages = await db.Set<OutboxMessage>()
            .FromSqlRaw(sql, onlyId.HasValue ? onlyId.Value : DBNull.Value)
            .ToListAsync(cancellationToken);

        var handled = 0;
        foreach (var message in messages)
        {
            try
            {
                var integrationEvent = IntegrationEventSerializer.Deserialize(message.Type, message.Payload);
                await publisher.PublishAsync(integrationEvent, cancellationToken);
                message.ProcessedAt = clock.GetUtcNow();
                message.LastError = null;
                handled++;
            }
            catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
            {
                // Left unprocessed: the next relay pass retries it. Handlers are idempotent through their inbox.
                message.Attempts++;
                message.LastError = exception.Message.Length > 2000 ? exception.Message[..2000] : exception.Message;
                LogHandlerFailed(logger, exception, message.Id, message.Type, message.Attempts);
            }
        }
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return handled;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox message {MessageId} ({Type}) failed on attempt {Attempts}; it will be retried")]
    private static partial void LogHandlerFailed(ILogger logger, Exception exception, Guid messageId, string type, int attempts);
}
