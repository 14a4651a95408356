using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace PaymentGateway.Modularity.Messaging;

/// <summary>
/// Hands a module's outbox messages to their in-process handlers. Rows are claimed with <c>FOR UPDATE SKIP LOCKED</c>
/// inside a transaction, so several hosts relay in parallel without ever handing one message to two handlers at once;
/// a message is marked processed only after its handlers succeed, so a crash means a retry, never a loss.
/// A message whose handlers fail is retried with a growing back-off and, after <see cref="OutboxOptions.MaxAttempts"/>
/// failures, parked: it stays in the table with its error, out of the relay's way, until an operator replays it.
/// </summary>
public sealed partial class OutboxRelay<TContext>(
    TContext db,
    IntegrationEventPublisher publisher,
    IOptions<OutboxOptions> options,
    OutboxMetrics metrics,
    TimeProvider clock,
    ILogger<OutboxRelay<TContext>> logger)
    where TContext : DbContext
{
    private const int BatchSize = 50;
    private const int MaxErrorLength = 2000;

    /// <summary>
    /// Relays one message now (used right after the commit that wrote it). If a poll already holds it, waits until that
    /// relay finishes; false when the message was handled by someone else, is backing off or is parked.
    /// </summary>
    public async Task<bool> RelayAsync(Guid messageId, CancellationToken cancellationToken) =>
        await RelayBatchAsync(messageId, cancellationToken) > 0;

    /// <summary>Relays everything pending and due, batch by batch. Returns how many messages were handled.</summary>
    public async Task<int> RelayPendingAsync(CancellationToken cancellationToken)
    {
        var total = 0;
        int claimed;
        do
        {
            var (handled, count) = await RelayOneBatchAsync(null, cancellationToken);
            total += handled;
            claimed = count;
        }
        while (claimed == BatchSize && !cancellationToken.IsCancellationRequested);
        return total;
    }

    /// <summary>How many of the module's messages are parked (for the gauge).</summary>
    public Task<int> CountParkedAsync(CancellationToken cancellationToken) =>
        db.Set<OutboxMessage>().CountAsync(message => message.ParkedAt != null, cancellationToken);

    private async Task<int> RelayBatchAsync(Guid? onlyId, CancellationToken cancellationToken) =>
        (await RelayOneBatchAsync(onlyId, cancellationToken)).Handled;

    private async Task<(int Handled, int Claimed)> RelayOneBatchAsync(Guid? onlyId, CancellationToken cancellationToken)
    {
        // The schema comes from the module's own model, never from input. A poll skips rows another relayer holds;
        // relaying one given message waits for its holder instead, then finds it processed (the WHERE is re-checked).
        // Parked messages and those backing off are not claimed, so poison at the head never blocks what follows.
        var sql = $$"""
            SELECT * FROM "{{db.Model.GetDefaultSchema()}}".outbox_messages
            WHERE processed_at IS NULL AND parked_at IS NULL AND (next_attempt_at IS NULL OR next_attempt_at <= {1})
              AND ({0}::uuid IS NULL OR id = {0})
            ORDER BY occurred_at LIMIT {{BatchSize}}
            FOR UPDATE {{(onlyId.HasValue ? "" : "SKIP LOCKED")}}
            """;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var messages = await db.Set<OutboxMessage>()
            .FromSqlRaw(sql, onlyId.HasValue ? onlyId.Value : DBNull.Value, clock.GetUtcNow())
            .ToListAsync(cancellationToken);

        var handled = 0;
        foreach (var message in messages)
        {
            try
            {
                var integrationEvent = IntegrationEventSerializer.Deserialize(message.Type, message.Payload);
                await publisher.PublishAsync(integrationEvent, cancellationToken);
                message.ProcessedAt = clock.GetUtcNow();
                message.NextAttemptAt = null;
                handled++;
            }
            catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
            {
                // Left unprocessed: a later pass retries it. Handlers are idempotent through their inbox.
                RecordFailure(message, exception);
            }
        }
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (handled, messages.Count);
    }

    private void RecordFailure(OutboxMessage message, Exception exception)
    {
        var settings = options.Value;
        var now = clock.GetUtcNow();
        var error = Describe(exception);
        message.Attempts++;
        message.LastError = error;
        // One line per attempt, without the stack trace: a handler failing every few seconds must not flood the log.
        // The full exception goes to Debug on the first and the last attempt, where it helps.
        if (message.Attempts == 1 || message.Attempts >= settings.MaxAttempts)
            LogFailureDetail(logger, exception, message.Id, message.Attempts);
        if (message.Attempts >= settings.MaxAttempts)
        {
            message.ParkedAt = now;
            message.NextAttemptAt = null;
            metrics.Parked(db.Model.GetDefaultSchema() ?? "public");
            LogParked(logger, message.Id, message.Type, message.Attempts, error);
        }
        else
        {
            message.NextAttemptAt = now + settings.RetryDelayAfter(message.Attempts);
            LogAttemptFailed(logger, message.Id, message.Type, message.Attempts, settings.MaxAttempts, error, message.NextAttemptAt.Value);
        }
    }

    private static string Describe(Exception exception)
    {
        var text = $"{exception.GetType().FullName}: {exception.Message}";
        return text.Length > MaxErrorLength ? text[..MaxErrorLength] : text;
    }

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Outbox message {MessageId} ({Type}) failed attempt {Attempt} of {MaxAttempts}, next attempt at {NextAttemptAt:O}: {Error}")]
    private static partial void LogAttemptFailed(ILogger logger, Guid messageId, string type, int attempt, int maxAttempts, string error, DateTimeOffset nextAttemptAt);

    [LoggerMessage(Level = LogLevel.Error,
        Message = "Outbox message {MessageId} ({Type}) parked after {Attempts} failed attempts; fix the cause, then replay it through the operator API (POST /operator/outbox/<id>/replay). Last error: {Error}")]
    private static partial void LogParked(ILogger logger, Guid messageId, string type, int attempts, string error);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Outbox message {MessageId}: the exception of attempt {Attempt}")]
    private static partial void LogFailureDetail(ILogger logger, Exception exception, Guid messageId, int attempt);
}
