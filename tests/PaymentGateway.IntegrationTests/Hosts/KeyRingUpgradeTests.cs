using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using PaymentGateway.Checkout.Persistence;
using PaymentGateway.IntegrationTests.Infrastructure;

namespace PaymentGateway.IntegrationTests.Hosts;

/// <summary>
/// The Data Protection key ring moved from <c>checkout.data_protection_keys</c> to the host's own
/// <c>host.data_protection_keys</c>. A database of the earlier layout keeps its keys: what the old hosts protected
/// (antiforgery cookies and forms of open checkout pages) is still readable by an upgraded host.
/// </summary>
public sealed class KeyRingUpgradeTests(PostgresServer postgres) : IAsyncLifetime
{
    private const string ApplicationName = "opencharge-payment-gateway";

    private PartnerServer _partners = null!;
    private string _connectionString = "";
    private readonly DirectoryInfo _keys = Directory.CreateTempSubdirectory("pg-keyring-");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _connectionString = await postgres.CreateDatabaseAsync();
        _partners = await PartnerServer.StartAsync();
    }

    [Fact]
    public async Task Keys_of_the_checkout_schema_move_to_the_host_schema_and_still_unprotect_what_they_protected()
    {
        // A key ring as the earlier version kept it, with a payload it protected.
        var old = new ServiceCollection();
        old.AddDataProtection().SetApplicationName(ApplicationName).PersistKeysToFileSystem(_keys);
        string token;
        await using (var provider = old.BuildServiceProvider())
            token = provider.GetRequiredService<IDataProtectionProvider>().CreateProtector("upgrade-test").Protect("still readable");
        var keyFile = Assert.Single(_keys.GetFiles("*.xml"));
        await using (var checkout = new CheckoutDbContext(new DbContextOptionsBuilder<CheckoutDbContext>()
            .UseNpgsql(_connectionString, npgsql => npgsql.MigrationsHistoryTable("__EFMigrationsHistory", CheckoutDbContext.Schema))
            .UseSnakeCaseNamingConvention().Options))
        {
            await checkout.GetService<IMigrator>().MigrateAsync("PaymentClaims", Ct);
        }
        Assert.Equal(1L, await Database.ScalarAsync<long>(_connectionString, """
            WITH added AS (INSERT INTO checkout.data_protection_keys (friendly_name, xml) VALUES ($1, $2) RETURNING 1)
            SELECT count(*) FROM added
            """, Path.GetFileNameWithoutExtension(keyFile.Name), await File.ReadAllTextAsync(keyFile.FullName, Ct)));

        await using var host = await GatewayHost.StartAsync(_connectionString, _partners, []);

        Assert.Equal(1L, await Database.ScalarAsync<long>(_connectionString, "SELECT count(*) FROM host.data_protection_keys"));
        Assert.Null(await Database.ScalarAsync<string>(_connectionString, "SELECT to_regclass('checkout.data_protection_keys')::text"));
        var upgraded = host.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("upgrade-test");
        Assert.Equal("still readable", upgraded.Unprotect(token));
    }

    public async ValueTask DisposeAsync()
    {
        await _partners.DisposeAsync();
        await postgres.DropDatabaseAsync(_connectionString);
        _keys.Delete(recursive: true);
    }
}
