namespace PaymentGateway.Modularity.Messaging;

/// <summary>
/// The relay's statements for one module's outbox. Each runs on its own (autocommit): a claim is a lease written to the
/// row, not a lock, so no transaction of the publishing module stays open while the handlers run.
/// </summary>
internal sealed class OutboxStatements(string schema)
{
    public string Schema { get; } = schema;

    /// <summary>$1 now, $2 lease end, $3 lease id, $4 batch size. Parked messages and those backing off are not
    /// claimed, so poison at the head never blocks what follows; SKIP LOCKED only spans this one statement.</summary>
    public string ClaimDue { get; } = $"""
        UPDATE "{schema}".outbox_messages AS m SET locked_until = $2, lease_id = $3
        FROM (SELECT id FROM "{schema}".outbox_messages
              WHERE processed_at IS NULL AND parked_at IS NULL AND (next_attempt_at IS NULL OR next_attempt_at <= $1)
                AND (locked_until IS NULL OR locked_until < $1)
              ORDER BY occurred_at LIMIT $4 FOR UPDATE SKIP LOCKED) AS due
        WHERE m.id = due.id
        RETURNING m.id, m.type, m.payload::text, m.attempts, m.occurred_at
        """;

    /// <summary>$1 ids, $2 now. Not guarded by the lease: the handlers did run, whoever holds the row now.</summary>
    public string MarkProcessed { get; } = $"""
        UPDATE "{schema}".outbox_messages SET processed_at = $2, next_attempt_at = NULL, locked_until = NULL, lease_id = NULL
        WHERE id = ANY($1) AND processed_at IS NULL
        """;

    /// <summary>$1 id, $2 lease id, $3 attempts, $4 error, $5 next attempt, $6 parked at. Guarded by our lease: if it
    /// ran out and another relayer claimed the message, that relayer's outcome counts, not ours.</summary>
    public string RecordFailure { get; } = $"""
        UPDATE "{schema}".outbox_messages SET attempts = $3, last_error = $4, next_attempt_at = $5, parked_at = $6,
            locked_until = NULL, lease_id = NULL
        WHERE id = $1 AND lease_id = $2 AND processed_at IS NULL
        """;

    /// <summary>$1 ids, $2 lease id: gives back messages claimed but not dispatched.</summary>
    public string Release { get; } = $"""
        UPDATE "{schema}".outbox_messages SET locked_until = NULL, lease_id = NULL WHERE id = ANY($1) AND lease_id = $2
        """;

    public string CountParked { get; } = $"""SELECT count(*)::int FROM "{schema}".outbox_messages WHERE parked_at IS NOT NULL""";
}
