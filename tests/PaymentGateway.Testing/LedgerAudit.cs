using Npgsql;
using PaymentGateway.Settlement.Features.OperatorLedger;

namespace PaymentGateway.Testing;

/// <summary>
/// Reads a test database's trial balance with the operators' own query (<see cref="OperatorLedgerQuery"/>, what
/// <c>GET /operator/accounts</c> answers), so a test and an operator judge a ledger by one definition.
/// </summary>
public static class LedgerAudit
{
    private const string HasLedgerSql =
        "SELECT to_regclass('settlement.accounts') IS NOT NULL AND to_regclass('settlement.postings') IS NOT NULL";

    /// <summary>
    /// One line per currency of the database's ledger; none when the database has no ledger (no settlement schema,
    /// or not migrated that far) or no longer exists.
    /// </summary>
    public static async Task<IReadOnlyList<TrialBalanceLine>> ReadAsync(string connectionString, CancellationToken cancellationToken = default)
    {
        // No pool: the database is about to be dropped, and nothing of this read may keep a connection open to it.
        var builder = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false };
        await using var dataSource = NpgsqlDataSource.Create(builder.ConnectionString);
        try
        {
            await using var command = dataSource.CreateCommand(HasLedgerSql);
            if (await command.ExecuteScalarAsync(cancellationToken) is not true)
                return [];
        }
        catch (PostgresException exception) when (exception.SqlState == PostgresErrorCodes.InvalidCatalogName)
        {
            return [];
        }

        var totals = await new OperatorLedgerQuery(dataSource).TrialBalanceAsync(cancellationToken);
        return totals.Select(total => new TrialBalanceLine(builder.Database!, total.Currency, total.Debits, total.Credits, total.Difference, total.PostingsSum))
            .ToList();
    }
}
