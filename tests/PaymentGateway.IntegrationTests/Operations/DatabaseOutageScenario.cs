using Npgsql;
using PaymentGateway.IntegrationTests.Infrastructure;

namespace PaymentGateway.IntegrationTests.Operations;

/// <summary>
/// A gateway that reaches PostgreSQL only through a <see cref="TcpProxy"/>, so a test can cut the database away from
/// the running host and restore it. <see cref="GatewayScenario.ConnectionString"/> stays direct for the assertions.
/// </summary>
public sealed class DatabaseOutageScenario : GatewayScenario
{
    private readonly PostgresServer _postgres;

    public DatabaseOutageScenario(PostgresServer postgres)
        : base(postgres) => _postgres = postgres;

    public TcpProxy Proxy { get; private set; } = null!;

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["ConnectionStrings:PaymentGateway"] =
            new NpgsqlConnectionStringBuilder(ConnectionString) { Host = "127.0.0.1", Port = Proxy.Port }.ConnectionString,
    };

    public override async ValueTask InitializeAsync()
    {
        var server = new NpgsqlConnectionStringBuilder(_postgres.AdminConnectionString);
        Proxy = TcpProxy.Start(server.Host ?? "127.0.0.1", server.Port);
        await base.InitializeAsync();
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Proxy.DisposeAsync();
    }
}
