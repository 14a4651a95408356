using Microsoft.EntityFrameworkCore;
using Npgsql;
using PaymentGateway.Modularity.Persistence;

namespace PaymentGateway.Modularity.Messaging;

/// <summary>
/// What operators do with a module's parked outbox messages: list them, and replay one once the cause is fixed. The
/// replay is one conditional statement in plain SQL (unpark, reset the attempts, write the audit row), so two
/// operators clicking at once replay it once, and a repeat of the request changes nothing. The list is a read behind
/// a view, so it stays EF LINQ without tracking (docs/architecture.md, Data access): filters and paging compose, and
/// nothing of it is a rule the database must enforce.
/// </summary>
public sealed class ParkedMessageStore<TContext>(TContext db, NpgsqlDataSource dataSource)
    where TContext : DbContext
{
    /// <summary>Parked messages, most recently parked first; <paramref name="from"/> &lt;= parked_at &lt; <paramref name="to"/>.</summary>
    public async Task<(IReadOnlyList<ParkedMessage> Items, long Total)> ListAsync(
        DateTimeOffset? from, DateTimeOffset? to, int offset, int limit, CancellationToken cancellationToken)
    {
        var parked = db.Set<OutboxMessage>().AsNoTracking().Where(message => message.ParkedAt != null);
        if (from is { } start)
            parked = parked.Where(message => message.ParkedAt >= start);
        if (to is { } end)
            parked = parked.Where(message => message.ParkedAt < end);
        var total = await parked.LongCountAsync(cancellationToken);
        var items = await parked
            .OrderByDescending(message => message.ParkedAt).ThenByDescending(message => message.Id)
            .Skip(offset).Take(limit)
            .Select(message => new ParkedMessage(message.Id, message.Type, message.OccurredAt, message.Attempts, message.LastError, message.ParkedAt!.Value))
            .ToListAsync(cancellationToken);
        return (items, total);
    }

    public async Task<ReplayOutcome> ReplayAsync(Guid messageId, string operatorName, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // The schema comes from the module's own model, never from input. FOR UPDATE makes a concurrent replay wait
        // and then see the message unparked (the WHERE is re-checked), so it replays nothing and writes no audit row.
        // The last SELECT reads the row as it was when the statement began: what to say when nothing was replayed.
        var schema = ModuleSchema.Of(db);
        var sql = $"""
            WITH target AS (
                SELECT id, attempts, last_error, parked_at FROM "{schema}".outbox_messages
                WHERE id = $1 AND parked_at IS NOT NULL AND processed_at IS NULL
                FOR UPDATE),
            replayed AS (
                UPDATE "{schema}".outbox_messages AS m SET parked_at = NULL, attempts = 0, next_attempt_at = NULL
                FROM target WHERE m.id = target.id
                RETURNING target.id, target.attempts, target.last_error, target.parked_at),
            audited AS (
                INSERT INTO "{schema}".outbox_replays (message_id, "operator", replayed_at, attempts, last_error, parked_at)
                SELECT id, $2, $3, attempts, last_error, parked_at FROM replayed)
            SELECT (SELECT count(*) FROM replayed)::int,
                   (SELECT processed_at IS NOT NULL FROM "{schema}".outbox_messages WHERE id = $1)
            """;
        await using var command = dataSource.CreateCommand(sql).With(messageId).With(operatorName).With(now);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        if (reader.GetInt32(0) == 1)
            return ReplayOutcome.Replayed;
        if (await reader.IsDBNullAsync(1, cancellationToken))
            return ReplayOutcome.NotFound;
        return reader.GetBoolean(1) ? ReplayOutcome.Processed : ReplayOutcome.Pending;
    }
}
