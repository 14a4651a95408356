using Npgsql;
using PaymentGateway.Modularity.Persistence;

namespace PaymentGateway.Checkout.Features.ExpireSessions;

/// <summary>
/// Moves pending sessions past their expiry to <c>expired</c> with conditional, set-based updates. Payment's own
/// update requires <c>status = 'pending' AND expires_at &gt; now</c>, so a session ends in exactly one state whichever
/// runs first; rows a payment is holding are skipped (<c>SKIP LOCKED</c>) and picked up by a later sweep if still due.
/// </summary>
internal sealed class SessionExpirer(NpgsqlDataSource dataSource, TimeProvider clock)
{
    private const string ExpireBatchSql = """
        WITH due AS (
            SELECT id FROM checkout.sessions
            WHERE status = 'pending' AND expires_at <= $1
            ORDER BY expires_at
            LIMIT $2
            FOR UPDATE SKIP LOCKED)
        UPDATE checkout.sessions AS s SET status = 'expired', ended_at = $1
        FROM due WHERE s.id = due.id
        RETURNING s.expires_at
        """;

    /// <summary>Expires up to <paramref name="batchSize"/> due sessions; returns how late each one was.</summary>
    public async Task<IReadOnlyList<TimeSpan>> ExpireDueBatchAsync(int batchSize, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var command = dataSource.CreateCommand(ExpireBatchSql);
        command.With(now);
        command.With(batchSize);
        var lags = new List<TimeSpan>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            lags.Add(now - reader.GetFieldValue<DateTimeOffset>(0));
        return lags;
    }
}
