using Npgsql;

namespace PaymentGateway.IntegrationTests.Ledger;

/// <summary>Direct SQL against the ledger, to show what the database itself refuses and to read balances.</summary>
public sealed class LedgerDatabase(string connectionString)
{
    /// <summary>Runs the statements in one transaction; returns the PostgreSQL error that stopped it, or null if it committed.</summary>
    public async Task<PostgresException?> TryInTransactionAsync(params string[] statements)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        try
        {
            foreach (var sql in statements)
            {
                await using var command = new NpgsqlCommand(sql, connection, transaction);
                await command.ExecuteNonQueryAsync();
            }
            await transaction.CommitAsync();
            return null;
        }
        catch (PostgresException exception)
        {
            return exception;
        }
    }

    public async Task<T> ScalarAsync<T>(string sql, params object[] parameters)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var parameter in parameters)
            command.Parameters.Add(new NpgsqlParameter { Value = parameter });
        return (T)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>A partner's balance at the gateway from the account totals (what the overdraft CHECK sees).</summary>
    public Task<decimal> BalanceAsync(long ocid, string currency) =>
        ScalarAsync<decimal>("SELECT COALESCE((SELECT credits_posted - debits_posted FROM settlement.accounts WHERE kind = 'partner' AND ocid = $1 AND currency = $2), 0)",
            ocid, currency);

    /// <summary>
    /// The trial balance: per currency, the sum of every posting (debits positive, credits negative). Zero when
    /// every entry balances. Also checks that the account totals agree with the postings, so a drift shows as non-zero.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, decimal>> TrialBalanceAsync()
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            SELECT a.currency, COALESCE(sum(a.debits_posted - a.credits_posted), 0)
                 + COALESCE(sum(abs((SELECT COALESCE(sum(p.amount), 0) FROM settlement.postings p WHERE p.account_id = a.id) - (a.debits_posted - a.credits_posted))), 0)
            FROM settlement.accounts a GROUP BY a.currency
            """, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var totals = new Dictionary<string, decimal>();
        while (await reader.ReadAsync())
            totals[reader.GetString(0)] = reader.GetDecimal(1);
        return totals;
    }

    /// <summary>Asserts a zero trial balance in every currency and that at least one account exists.</summary>
    public async Task AssertTrialBalanceIsZeroAsync()
    {
        var totals = await TrialBalanceAsync();
        Assert.NotEmpty(totals);
        Assert.All(totals, total => Assert.True(total.Value == 0m, $"trial balance of {total.Key} is {total.Value}"));
    }
}
