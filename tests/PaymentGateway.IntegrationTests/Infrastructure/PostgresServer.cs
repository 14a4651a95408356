using Npgsql;
using Testcontainers.PostgreSql;

namespace PaymentGateway.IntegrationTests.Infrastructure;

/// <summary>
/// One real PostgreSQL server per test run. Uses the server named by <c>PAYMENTGATEWAY_TEST_POSTGRES</c> (what
/// scripts/test.sh starts on machines without a Docker engine), otherwise a Testcontainers PostgreSQL container.
/// Every test class gets a fresh database of its own, so classes never see each other's rows.
/// </summary>
public sealed class PostgresServer : IAsyncLifetime
{
    public const string EnvironmentVariable = "PAYMENTGATEWAY_TEST_POSTGRES";

    private PostgreSqlContainer? _container;

    public string AdminConnectionString { get; private set; } = "";

    public async ValueTask InitializeAsync()
    {
        var configured = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            AdminConnectionString = configured;
            return;
        }
        try
        {
            _container = new PostgreSqlBuilder("postgres:15-alpine").Build();
            await _container.StartAsync();
            AdminConnectionString = _container.GetConnectionString();
        }
        catch (Exception exception)
        {
            throw new InvalidOperationException(
                $"No PostgreSQL for the integration tests: set {EnvironmentVariable} to an admin connection string, " +
                "or run scripts/test.sh (it starts a local server), or start a Docker engine for Testcontainers.", exception);
        }
    }

    public async Task<string> CreateDatabaseAsync()
    {
        var name = "pg_test_" + Guid.NewGuid().ToString("N")[..16];
        await using (var connection = new NpgsqlConnection(AdminConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await command.ExecuteNonQueryAsync();
        }
        return new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = name, MaxPoolSize = 30 }.ConnectionString;
    }

    /// <summary>Drops a test database (closing whatever connections are left), so a run leaves nothing behind.</summary>
    public async Task DropDatabaseAsync(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        NpgsqlConnection.ClearPool(new NpgsqlConnection(connectionString));
        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_container is not null)
            await _container.DisposeAsync();
    }
}
