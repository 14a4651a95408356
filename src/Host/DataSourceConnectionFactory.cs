using Hangfire.PostgreSql;
using Npgsql;

namespace PaymentGateway.Host;

/// <summary>
/// Hangfire's connections come from the gateway's one <see cref="NpgsqlDataSource"/>, so the host has a single pool
/// that is sized in one place and closed with the host (Hangfire's own factory would open a second, process-wide pool).
/// </summary>
internal sealed class DataSourceConnectionFactory(NpgsqlDataSource dataSource) : IConnectionFactory
{
    public NpgsqlConnection GetOrCreateConnection() => dataSource.CreateConnection();
}
