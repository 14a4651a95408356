using Microsoft.EntityFrameworkCore;

namespace PaymentGateway.Modularity.Messaging;

/// <summary>
/// Deletes a module's outbox messages that were relayed longer ago than a cut-off. A relayed message is never read
/// again (the relay only claims rows with <c>processed_at IS NULL</c>, and takes no lock on others), so this cannot
/// race a relay; messages not yet relayed are kept however old they are. The consumers' inbox rows are kept: they
/// are what makes a late duplicate harmless.
/// </summary>
public sealed class OutboxPurger<TContext>(TContext db)
    where TContext : DbContext
{
    /// <returns>How many messages were deleted.</returns>
    public Task<int> PurgeRelayedBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken) =>
        db.Set<OutboxMessage>()
            .Where(message => message.ProcessedAt != null && message.ProcessedAt < cutoff)
            .ExecuteDeleteAsync(cancellationToken);
}
