using Microsoft.EntityFrameworkCore;
using Npgsql;
using PaymentGateway.Modularity.Persistence;

namespace PaymentGateway.Modularity.Messaging;

/// <summary>
/// Deletes a module's outbox messages that were relayed longer ago than a cut-off. A relayed message is never read
/// again (the relay only claims rows with <c>processed_at IS NULL</c>, and takes no lock on others), so this cannot
/// race a relay; messages not yet relayed are kept however old they are. The consumers' inbox rows are kept: they
/// are what makes a late duplicate harmless. One plain SQL statement (docs/architecture.md, Data access): the rule
/// "only what was relayed" is its WHERE clause.
/// </summary>
public sealed class OutboxPurger<TContext>(TContext db, NpgsqlDataSource dataSource)
    where TContext : DbContext
{
    /// <returns>How many messages were deleted.</returns>
    public async Task<int> PurgeRelayedBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        var schema = ModuleSchema.Of(db);
        await using var command = dataSource.CreateCommand(
            $"""DELETE FROM "{schema}".outbox_messages WHERE processed_at IS NOT NULL AND processed_at < $1""").With(cutoff);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
