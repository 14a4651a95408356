using Npgsql;
using PaymentGateway.Settlement.Persistence;

namespace PaymentGateway.Settlement.Delivery;

/// <summary>
/// The delivery state machine in SQL. Every transition is one conditional statement, so hosts sharing the database
/// agree on who may attempt a delivery without any in-memory lock: the claim is the only way to an attempt.
/// </summary>
internal sealed class DeliveryStore(NpgsqlDataSource dataSource)
{
    // Due is checked with a little slack: a scheduled job may start a moment early by another host's clock.
    private const string ClaimSql = """
        UPDATE settlement.deliveries AS d SET locked_until = $2, attempts = d.attempts + 1
        FROM settlement.proofs AS p
        WHERE d.txid = $1 AND p.txid = d.txid AND d.state = 'pending'
          AND (d.locked_until IS NULL OR d.locked_until < $3) AND d.next_attempt_at <= $3 + interval '5 seconds'
        RETURNING d.recipient_ocid, d.attempts, d.max_attempts, p.proof_json, p.signature
        """;

    private const string InsertAttemptSql = """
        INSERT INTO settlement.delivery_attempts (txid, attempt, trigger, started_at, duration_ms, http_status, outcome, reason)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
        """;

    // Guarded by the attempt number: if our lease lapsed and another host claimed since, its state wins.
    private const string ReleaseSql = """
        UPDATE settlement.deliveries SET state = $3, next_attempt_at = $4, locked_until = NULL, last_reason = $5,
            completed_at = CASE WHEN $3 = 'pending' THEN NULL ELSE $6 END,
            dead_job_id = CASE WHEN $3 = 'dead' THEN $7 ELSE NULL END
        WHERE txid = $1 AND attempts = $2 AND state = 'pending'
        """;

    private const string ReviveSql = """
        UPDATE settlement.deliveries SET state = 'pending', max_attempts = attempts + $3, next_attempt_at = $4,
            locked_until = NULL, completed_at = NULL, dead_job_id = NULL,
            requeue_count = requeue_count + 1, last_requeued_at = $4
        WHERE txid = $1 AND state = 'dead' AND dead_job_id = $2
        """;

    private const string DueSql = """
        SELECT txid, recipient_ocid FROM settlement.deliveries
        WHERE state = 'pending' AND next_attempt_at <= $1 AND (locked_until IS NULL OR locked_until < $1)
        ORDER BY next_attempt_at LIMIT $2
        """;

    public async Task<DeliveryClaim?> TryClaimAsync(string txid, DateTimeOffset now, DateTimeOffset lockedUntil, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(ClaimSql);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = txid });
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = lockedUntil });
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = now });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
            return null;
        return new DeliveryClaim(txid, reader.GetInt64(0), reader.GetInt32(1), reader.GetInt32(2), reader.GetString(3), reader.GetString(4));
    }

    /// <summary>Records the attempt and releases the lease with the new state, in one transaction.</summary>
    public async Task RecordAsync(AttemptRecord record, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var insert = new NpgsqlCommand(InsertAttemptSql, connection, transaction))
        {
            var response = record.Response;
            insert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = record.Claim.Txid });
            insert.Parameters.Add(new NpgsqlParameter<int> { TypedValue = record.Claim.Attempt });
            insert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = record.Trigger });
            insert.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = record.StartedAt });
            insert.Parameters.Add(new NpgsqlParameter<int> { TypedValue = (int)Math.Min(int.MaxValue, record.Duration.TotalMilliseconds) });
            insert.Parameters.Add(new NpgsqlParameter { Value = (object?)response.HttpStatus ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Integer });
            insert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = OutcomeText(response.Outcome) });
            insert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = response.Reason });
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }
        await using (var release = new NpgsqlCommand(ReleaseSql, connection, transaction))
        {
            release.Parameters.Add(new NpgsqlParameter<string> { TypedValue = record.Claim.Txid });
            release.Parameters.Add(new NpgsqlParameter<int> { TypedValue = record.Claim.Attempt });
            release.Parameters.Add(new NpgsqlParameter<string> { TypedValue = record.NextState });
            release.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = record.NextAttemptAt });
            release.Parameters.Add(new NpgsqlParameter<string> { TypedValue = record.Response.Reason });
            release.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = now });
            release.Parameters.Add(new NpgsqlParameter { Value = (object?)record.JobId ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Varchar });
            await release.ExecuteNonQueryAsync(cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Puts a dead delivery back to pending with a fresh round of attempts, if <paramref name="jobId"/> is the job that made it dead.</summary>
    public async Task<bool> TryReviveAsync(string txid, string jobId, int extraAttempts, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(ReviveSql);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = txid });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = jobId });
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = extraAttempts });
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = now });
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public async Task<string?> GetStateAsync(string txid, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT state FROM settlement.deliveries WHERE txid = $1");
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = txid });
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }

    public async Task<IReadOnlyList<DueDelivery>> FindDueAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(DueSql);
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = now });
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = limit });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var due = new List<DueDelivery>();
        while (await reader.ReadAsync(cancellationToken))
            due.Add(new DueDelivery(reader.GetString(0), reader.GetInt64(1)));
        return due;
    }

    private static string OutcomeText(DeliveryOutcome outcome) => outcome switch
    {
        DeliveryOutcome.Delivered => DeliveryStates.Delivered,
        DeliveryOutcome.Rejected => DeliveryStates.Rejected,
        _ => "retryable",
    };
}
