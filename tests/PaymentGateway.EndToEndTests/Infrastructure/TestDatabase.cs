using Npgsql;

namespace PaymentGateway.EndToEndTests.Infrastructure;

/// <summary>
/// A fresh PostgreSQL database on the server named by <c>PAYMENTGATEWAY_TEST_POSTGRES</c> (an admin connection
/// string; scripts/test.sh sets it), dropped again at the end so test runs leave nothing behind.
/// </summary>
internal sealed class TestDatabase : IAsyncDisposable
{
    public const string EnvironmentVariable = "PAYMENTGATEWAY_TEST_POSTGRES";

    private readonly string _adminConnectionString;
    private readonly string _name;

    private TestDatabase(string adminConnectionString, string name, string connectionString)
    {
        _adminConnectionString = adminConnectionString;
        _name = name;
        ConnectionString = connectionString;
    }

    public string ConnectionString { get; }

    public static async Task<TestDatabase> CreateAsync()
    {
        var admin = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (string.IsNullOrWhiteSpace(admin))
            throw new InvalidOperationException(
                $"The end-to-end tests need PostgreSQL: set {EnvironmentVariable} to an admin connection string " +
                "(e.g. Host=127.0.0.1;Port=5432;Username=postgres;Password=postgres;Database=postgres), or run scripts/test.sh.");

        // Only [a-z0-9_], so the name needs no quoting in the DDL below.
        var name = "pg_e2e_" + Guid.NewGuid().ToString("N")[..16];
        await ExecuteAsync(admin, $"CREATE DATABASE {name}");
        var connectionString = new NpgsqlConnectionStringBuilder(admin) { Database = name }.ConnectionString;
        return new TestDatabase(admin, name, connectionString);
    }

    /// <summary>Runs a query against the test database and returns the first column of the first row.</summary>
    public async Task<object?> ScalarAsync(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
            command.Parameters.AddWithValue(name, value);
        return await command.ExecuteScalarAsync();
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        // WITH (FORCE): the gateway process may have been killed with connections still counted as open.
        await ExecuteAsync(_adminConnectionString, $"DROP DATABASE IF EXISTS {_name} WITH (FORCE)");
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
