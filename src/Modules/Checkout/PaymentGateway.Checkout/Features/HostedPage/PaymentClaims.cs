using Microsoft.Extensions.Options;
using Npgsql;
using PaymentGateway.Checkout.Payments;
using PaymentGateway.Modularity.Persistence;

namespace PaymentGateway.Checkout.Features.HostedPage;

/// <summary>
/// Claim before charge. A payment attempt first takes the session with one conditional UPDATE (pending and not expired
/// → charging, attempt number + 1, claim deadline); the row lock lets exactly one of any number of concurrent submits
/// match, and only that one calls the processor. A declined attempt, or one the processor never saw, releases the
/// session again (to pending, or to expired when its time ran out meanwhile).
/// </summary>
internal sealed class PaymentClaims(NpgsqlDataSource dataSource, IOptions<CheckoutOptions> options, TimeProvider clock)
{
    private const string ClaimSql = """
        UPDATE checkout.sessions
        SET status = 'charging', attempts = attempts + 1, claim_expires_at = $2, card_brand = $3, card_last4 = $4
        WHERE id = $1 AND status = 'pending' AND expires_at > $5
        RETURNING attempts
        """;

    private const string ReleaseSql = """
        UPDATE checkout.sessions
        SET status = CASE WHEN expires_at > $3 THEN 'pending' ELSE 'expired' END,
            ended_at = CASE WHEN expires_at > $3 THEN NULL ELSE $3 END,
            claim_expires_at = NULL, card_brand = NULL, card_last4 = NULL
        WHERE id = $1 AND status = 'charging' AND attempts = $2
        """;

    /// <returns>The attempt now holding the session, or null when it was not payable (another attempt holds it, or it ended).</returns>
    public async Task<PaymentAttempt?> TryClaimAsync(string sessionId, CardDetails card, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var command = dataSource.CreateCommand(ClaimSql);
        command.With(sessionId);
        command.With(now + options.Value.ChargeClaimTimeout);
        command.With(card.Brand);
        command.With(card.Last4);
        command.With(now);
        var attempt = await command.ExecuteScalarAsync(cancellationToken);
        return attempt is int number ? new PaymentAttempt(sessionId, number) : null;
    }

    /// <summary>Gives the session back after an attempt that took no money; a no-op unless that attempt still holds it.</summary>
    public async Task<bool> ReleaseAsync(PaymentAttempt attempt, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(ReleaseSql);
        command.With(attempt.SessionId);
        command.With(attempt.Number);
        command.With(clock.GetUtcNow());
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }
}
