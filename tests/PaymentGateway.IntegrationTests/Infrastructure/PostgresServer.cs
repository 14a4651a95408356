using Testcontainers.PostgreSql;

namespace PaymentGateway.IntegrationTests.Infrastructure;

/// <summary>
/// One real PostgreSQL server per test run. Uses the server named by <c>PAYMENTGATEWAY_TEST_POSTGRES</c> (what
/// scripts/test.sh starts on machines without a Docker engine), otherwise a Testcontainers PostgreSQL container.
/// Every test class gets a fresh database of its own, so classes never see each other's rows.
/// </summary>
public sealed class PostgresServer : IAsyncLifetime
{
    private PostgreSqlContainer? _container;

    public string AdminConnectionString { get; private set; } = "";

    public async ValueTask InitializeAsync()
    {
        if (TestPostgres.Configured is { } configured)
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
                $"No PostgreSQL for the integration tests: set {TestPostgres.EnvironmentVariable} to an admin connection string, " +
                "or run scripts/test.sh (it starts a local server), or start a Docker engine for Testcontainers.", exception);
        }
    }

    /// <summary>A fresh database for one test class; <see cref="DropDatabaseAsync"/> removes it.</summary>
    public async Task<string> CreateDatabaseAsync() =>
        (await ThrowawayDatabase.CreateAsync(AdminConnectionString, "pg_test", maxPoolSize: 30)).ConnectionString;

    /// <summary>Drops a test database (closing whatever connections are left), so a run leaves nothing behind.</summary>
    public Task DropDatabaseAsync(string connectionString) => ThrowawayDatabase.DropAsync(AdminConnectionString, connectionString);

    public async ValueTask DisposeAsync()
    {
        if (_container is not null)
            await _container.DisposeAsync();
    }
}
