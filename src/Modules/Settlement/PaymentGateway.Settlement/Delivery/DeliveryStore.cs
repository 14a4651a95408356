using Npgsql;
using PaymentGateway.Settlement.Persistence;
using PaymentGateway.Modularity.Persistence;

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
        RETURNING d.recipient_ocid, d.attempts, d.max_attempts, p.proof_json, p.signature, d.created_at
        """;

    // The attempt and the release of the lease with the new state, in one statement (so one commit, one round trip).
    // The release is guarded by the attempt number: if our lease lapsed and another host claimed since, its state wins.
    private const string RecordSql = """
        WITH attempt AS (
            INSERT INTO settlement.delivery_attempts (txid, attempt, trigger, started_at, duration_ms, http_status, outcome, reason)
            VALUES ($1, $2, $8, $9, $10, $11, $12, $5))
        UPDATE settlement.deliveries SET state = $3, next_attempt_at = $4, locked_until = NULL, last_reason = $5,
            completed_at = CASE WHEN $3 = 'pending' THEN NULL ELSE $6 END,
            dead_job_id = CASE WHEN $3 = 'dead' THEN $7 ELSE NULL END
        WHERE txid = $1 AND attempts = $2 AND state = 'pending'
        """;

    private static readonly string ReviveSql =
        "UPDATE settlement.deliveries AS d SET " + DeliveryRevival.Assignments("$3", "$4") +
        " WHERE d.txid = $1 AND d.state = 'dead' AND d.dead_job_id = $2";

    private const string DueSql = """
        SELECT txid, recipient_ocid FROM settlement.deliveries
        WHERE state = 'pending' AND next_attempt_at <= $1 AND (locked_until IS NULL OR locked_until < $1)
        ORDER BY next_attempt_at LIMIT $2
        """;

    public async Task<DeliveryClaim?> TryClaimAsync(string txid, DateTimeOffset now, DateTimeOffset lockedUntil, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(ClaimSql);
        command.With<string>(txid);
        command.With<DateTimeOffset>(lockedUntil);
        command.With<DateTimeOffset>(now);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
            return null;
        return new DeliveryClaim(txid, reader.GetInt64(0), reader.GetInt32(1), reader.GetInt32(2), reader.GetString(3), reader.GetString(4),
            reader.GetFieldValue<DateTimeOffset>(5));
    }

    /// <summary>Records the attempt and releases the lease with the new state, atomically.</summary>
    public async Task RecordAsync(AttemptRecord record, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var response = record.Response;
        await using var command = dataSource.CreateCommand(RecordSql)
            .With<string>(record.Claim.Txid)
            .With<int>(record.Claim.Attempt)
            .With<string>(record.NextState)
            .With<DateTimeOffset>(record.NextAttemptAt)
            .With<string>(response.Reason)
            .With<DateTimeOffset>(now)
            .WithNullable(record.JobId, NpgsqlTypes.NpgsqlDbType.Varchar)
            .With<string>(record.Trigger)
            .With<DateTimeOffset>(record.StartedAt)
            .With<int>((int)Math.Min(int.MaxValue, record.Duration.TotalMilliseconds))
            .WithNullable(response.HttpStatus, NpgsqlTypes.NpgsqlDbType.Integer)
            .With<string>(OutcomeText(response.Outcome));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Puts a dead delivery back to pending with a fresh round of attempts, if <paramref name="jobId"/> is the job that made it dead.</summary>
    public async Task<bool> TryReviveAsync(string txid, string jobId, int extraAttempts, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(ReviveSql);
        command.With<string>(txid);
        command.With<string>(jobId);
        command.With<int>(extraAttempts);
        command.With<DateTimeOffset>(now);
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public async Task<string?> GetStateAsync(string txid, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT state FROM settlement.deliveries WHERE txid = $1");
        command.With<string>(txid);
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }

    public async Task<IReadOnlyList<DueDelivery>> FindDueAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(DueSql);
        command.With<DateTimeOffset>(now);
        command.With<int>(limit);
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
