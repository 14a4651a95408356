using Npgsql;
using PaymentGateway.Checkout.Contracts;
using PaymentGateway.Checkout.Payments;
using PaymentGateway.Checkout.Persistence;
using PaymentGateway.Modularity.Messaging;
using PaymentGateway.Modularity.Persistence;
using PaymentGateway.Opencharge.Amounts;

namespace PaymentGateway.Checkout.Features.HostedPage;

/// <summary>
/// The single place a session becomes completed: one conditional UPDATE (still charging, by this very attempt) and
/// the <see cref="CheckoutCompleted"/> outbox row, in one statement (the row is inserted only for the session the
/// UPDATE changed), so one round trip and one commit, atomic without a transaction of our own. Only the attempt
/// holding the claim can match, and only once; the expiry cannot have intervened (it leaves charging sessions alone)
/// because the money may have moved. Used by the pay handler and by the resolver of attempts whose host died.
/// </summary>
/// <remarks>Plain SQL (docs/architecture.md, Data access): a state transition runs on every payment.</remarks>
internal sealed class PaymentCompleter(NpgsqlDataSource dataSource, TimeProvider clock, CheckoutMetrics metrics)
{
    private static readonly string CompleteSql = $"""
        WITH completed AS (
            UPDATE checkout.sessions
            SET status = '{SessionStatus.Completed}', completed_at = $4, ended_at = $4, payment_id = $3, claim_expires_at = NULL
            WHERE id = $1 AND status = '{SessionStatus.Charging}' AND attempts = $2
            RETURNING id)
        {OutboxInsert.Sql("checkout", "completed", firstParameter: 5)}
        """;

    /// <param name="amount">The session's amount as parsed before the charge: the event carries what was charged.</param>
    /// <param name="lease">Given when the caller relays the event itself right after the commit: the event gets the
    /// lease's message id and is written already claimed by it.</param>
    /// <returns>The event written, or null when this attempt no longer held the session.</returns>
    public async Task<CheckoutCompleted?> TryCompleteAsync(CheckoutSession session, OpenchargeAmount amount, PaymentAttempt attempt,
        OutboxLease? lease, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var paymentId = attempt.PaymentId;
        var completed = new CheckoutCompleted(lease?.MessageId ?? Guid.NewGuid(), now, session.Id, paymentId, session.CallerOcid,
            session.MerchantOcid, session.OrderId, amount, session.Currency);
        await using var command = dataSource.CreateCommand(CompleteSql)
            .With<string>(session.Id)
            .With<int>(attempt.Number)
            .With<string>(paymentId)
            .With<DateTimeOffset>(now)
            .WithOutboxRow(completed, lease);
        if (await command.ExecuteNonQueryAsync(cancellationToken) == 0)
            return null;
        metrics.SessionsCompleted.Add(1);
        return completed;
    }
}
