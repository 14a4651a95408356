using Npgsql;
using PaymentGateway.Modularity.Persistence;

namespace PaymentGateway.Checkout.Features.HostedPage;

/// <summary>
/// The customer gives up: pending (and not expired) becomes cancelled, in one conditional UPDATE whose WHERE clause is
/// the rule (docs/architecture.md, Data access), so it cannot cancel a session that is being paid or has ended.
/// </summary>
internal sealed class SessionCanceller(NpgsqlDataSource dataSource, TimeProvider clock, CheckoutMetrics metrics)
{
    private const string CancelSql = """
        UPDATE checkout.sessions SET status = 'cancelled', ended_at = $2
        WHERE id = $1 AND status = 'pending' AND expires_at > $2
        """;

    public async Task<bool> TryCancelAsync(string sessionId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(CancelSql).With(sessionId).With(clock.GetUtcNow());
        var cancelled = await command.ExecuteNonQueryAsync(cancellationToken) == 1;
        if (cancelled)
            metrics.SessionsCancelled.Add(1);
        return cancelled;
    }
}
