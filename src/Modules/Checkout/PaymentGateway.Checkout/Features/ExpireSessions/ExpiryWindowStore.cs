using Npgsql;
using PaymentGateway.Modularity.Persistence;

namespace PaymentGateway.Checkout.Features.ExpireSessions;

/// <summary>Claims expiry windows (one winner per window across hosts) and forgets windows long past.</summary>
internal sealed class ExpiryWindowStore(NpgsqlDataSource dataSource)
{
    private const string ClaimSql = "INSERT INTO checkout.expiry_windows (due_by, scheduled_at) VALUES ($1, $2) ON CONFLICT (due_by) DO NOTHING";

    private const string PurgeSql = "DELETE FROM checkout.expiry_windows WHERE due_by < $1";

    /// <returns>True for the one caller, on whichever host, that is to schedule the window's job.</returns>
    public async Task<bool> TryClaimAsync(DateTimeOffset dueBy, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(ClaimSql);
        command.With(dueBy);
        command.With(now);
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    /// <returns>How many claims were deleted.</returns>
    public async Task<int> PurgeBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(PurgeSql);
        command.With(cutoff);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
