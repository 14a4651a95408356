using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using PaymentGateway.Checkout.Features.HostedPage;
using PaymentGateway.Checkout.Payments;
using PaymentGateway.Checkout.Persistence;
using PaymentGateway.Opencharge.Amounts;

namespace PaymentGateway.Checkout.Features.ResolveCharges;

/// <summary>
/// Decides payment attempts whose claim ran out while still charging: their host died (or never heard back from the
/// processor) after claiming the session. The attempt's idempotency key is looked up at the processor; a charge that
/// went through completes the session exactly as the pay handler would have (same payment id, outbox event), and an
/// attempt that took no money releases it (to pending, or expired when its time has run out). Expiry leaves charging
/// sessions alone, so a session whose charge may have gone through is only ever ended here. Safe on several hosts:
/// completing and releasing are conditional on the attempt still holding the session.
/// </summary>
internal sealed partial class StaleChargeResolver(
    CheckoutDbContext db,
    ICardProcessor processor,
    PaymentClaims claims,
    PaymentCompleter completer,
    TimeProvider clock,
    CheckoutMetrics metrics,
    ILogger<StaleChargeResolver> logger)
{
    /// <returns>How many stale attempts were resolved.</returns>
    public async Task<int> ResolveDueAsync(int batchSize, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        // No row locks while the processor is asked: the conditional updates below decide between concurrent resolvers.
        var stale = await db.Sessions.AsNoTracking()
            .Where(s => s.Status == SessionStatus.Charging && s.ClaimExpiresAt <= now)
            .OrderBy(s => s.ClaimExpiresAt)
            .Take(batchSize)
            .ToListAsync(cancellationToken);
        var resolved = 0;
        foreach (var session in stale)
        {
            try
            {
                if (await ResolveAsync(session, cancellationToken))
                    resolved++;
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // The processor or the database may be away; the attempt stays claimed and the next run tries again.
                LogResolveFailed(logger, exception, session.Id, session.Attempts);
            }
        }
        return resolved;
    }

    private async Task<bool> ResolveAsync(CheckoutSession session, CancellationToken cancellationToken)
    {
        var attempt = new PaymentAttempt(session.Id, session.Attempts);
        var outcome = await processor.FindChargeAsync(attempt.IdempotencyKey, cancellationToken);
        if (outcome == ChargeOutcome.Approved)
        {
            // Only a session whose amount parsed was ever claimed (the pay handler refuses the others before claiming).
            if (await completer.TryCompleteAsync(session, OpenchargeAmount.Parse(session.Amount), attempt, lease: null, cancellationToken) is null)
                return false;
            LogCompleted(logger, session.Id, attempt.Number, attempt.PaymentId);
            metrics.StaleChargesResolved.Add(1, new KeyValuePair<string, object?>("outcome", "completed"));
            return true;
        }
        if (!await claims.ReleaseAsync(attempt, cancellationToken))
            return false;
        LogReleased(logger, session.Id, attempt.Number, outcome);
        metrics.StaleChargesResolved.Add(1, new KeyValuePair<string, object?>("outcome", "released"));
        return true;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Session {SessionId}: stale attempt {Attempt} had been charged; completed with payment {PaymentId}")]
    private static partial void LogCompleted(ILogger logger, string sessionId, int attempt, string paymentId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Session {SessionId}: stale attempt {Attempt} took no money (processor: {Outcome}); released")]
    private static partial void LogReleased(ILogger logger, string sessionId, int attempt, ChargeOutcome outcome);

    [LoggerMessage(Level = LogLevel.Error, Message = "Session {SessionId}: stale attempt {Attempt} could not be resolved; retrying on the next run")]
    private static partial void LogResolveFailed(ILogger logger, Exception exception, string sessionId, int attempt);
}
