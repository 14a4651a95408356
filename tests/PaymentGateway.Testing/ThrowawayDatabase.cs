using System.Security.Cryptography;
using Npgsql;

namespace PaymentGateway.Testing;

/// <summary>
/// A fresh database on a PostgreSQL server, dropped again when disposed, so runs leave nothing behind. The drop uses
/// <c>WITH (FORCE)</c>: a server process that used it may have been killed with connections still counted as open.
/// A database that holds the gateway's ledger is audited first: its trial balance goes to <see cref="LedgerResults"/>
/// and one that does not balance fails the drop with an <see cref="UnbalancedLedgerException"/> (after dropping it).
/// </summary>
public sealed class ThrowawayDatabase : IAsyncDisposable
{
    private readonly string _adminConnectionString;

    private ThrowawayDatabase(string adminConnectionString, string name, string connectionString)
    {
        _adminConnectionString = adminConnectionString;
        Name = name;
        ConnectionString = connectionString;
    }

    /// <summary>Only <c>[a-z0-9_]</c>, so it needs no quoting in DDL.</summary>
    public string Name { get; }

    /// <summary>Carries the admin connection's password: pass it to a child process, never print it.</summary>
    public string ConnectionString { get; }

    /// <param name="adminConnectionString">A role that may create and drop databases.</param>
    /// <param name="prefix">Names what made it (<c>pg_test</c>, <c>bench</c>), lower case letters, digits and '_'.</param>
    /// <param name="maxPoolSize">The connection pool of <see cref="ConnectionString"/>, when not Npgsql's default.</param>
    public static async Task<ThrowawayDatabase> CreateAsync(string adminConnectionString, string prefix, int? maxPoolSize = null)
    {
        var name = prefix + "_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));
        await ExecuteAsync(adminConnectionString, $"CREATE DATABASE {name}");
        var builder = new NpgsqlConnectionStringBuilder(adminConnectionString) { Database = name };
        if (maxPoolSize is { } size)
            builder.MaxPoolSize = size;
        return new ThrowawayDatabase(adminConnectionString, name, builder.ConnectionString);
    }

    /// <summary>
    /// Drops the database that <paramref name="connectionString"/> names, closing what connections are left, after
    /// recording its ledger's trial balance in <see cref="LedgerResults.DefaultFile"/>.
    /// </summary>
    /// <exception cref="UnbalancedLedgerException">The ledger did not balance (the database is dropped all the same).</exception>
    public static Task DropAsync(string adminConnectionString, string connectionString) =>
        DropAsync(adminConnectionString, connectionString, LedgerResults.DefaultFile);

    /// <summary>As <see cref="DropAsync(string, string)"/>, recording the trial balance in <paramref name="ledgerResultsFile"/>.</summary>
    public static Task DropAsync(string adminConnectionString, string connectionString, string ledgerResultsFile) =>
        AuditAndDropAsync(adminConnectionString, connectionString, ledgerResultsFile, dropFailureThrows: true);

    /// <summary>Host, port and database, without credentials: safe to print.</summary>
    public string Describe()
    {
        var builder = new NpgsqlConnectionStringBuilder(ConnectionString);
        return $"{builder.Host}:{builder.Port}/{builder.Database}";
    }

    /// <summary>Runs a query on the database and returns the first column of the first row.</summary>
    public async Task<object?> ScalarAsync(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
            command.Parameters.AddWithValue(name, value);
        return await command.ExecuteScalarAsync();
    }

    /// <summary>
    /// Audits and drops the database; a failure to drop is reported on standard error, not thrown (a leftover is
    /// harmless), an unbalanced ledger or a failed audit is thrown.
    /// </summary>
    public async ValueTask DisposeAsync() =>
        await AuditAndDropAsync(_adminConnectionString, ConnectionString, LedgerResults.DefaultFile, dropFailureThrows: false);

    private static async Task AuditAndDropAsync(string adminConnectionString, string connectionString, string ledgerResultsFile, bool dropFailureThrows)
    {
        IReadOnlyList<TrialBalanceLine> ledger;
        try
        {
            ledger = await LedgerAudit.ReadAsync(connectionString);
            await LedgerResults.AppendAsync(ledgerResultsFile, ledger);
        }
        finally
        {
            var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
            try
            {
                NpgsqlConnection.ClearPool(new NpgsqlConnection(connectionString));
                await ExecuteAsync(adminConnectionString, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
            }
            catch (NpgsqlException exception) when (!dropFailureThrows)
            {
                await Console.Error.WriteLineAsync($"could not drop database {name}: {exception.Message}");
            }
        }

        if (ledger.Any(line => !line.IsZero))
            throw new UnbalancedLedgerException(ledger);
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
