using System.Reflection;
using Microsoft.EntityFrameworkCore.Migrations;
using PaymentGateway.Checkout;
using PaymentGateway.IntegrationTests.Infrastructure;
using PaymentGateway.Merchants;
using PaymentGateway.Settlement;

namespace PaymentGateway.IntegrationTests.Hosts;

/// <summary>
/// Hosts started at the same moment on an empty database (a first deployment, a rollout of several replicas): every
/// one must start, and the schemas must be complete. Without one migration at a time, two hosts run the same
/// <c>CREATE</c> statements at once and one crashes with "relation already exists".
/// </summary>
public sealed class ConcurrentStartTests(PostgresServer postgres, ITestOutputHelper output)
{
    private const int Hosts = 3;
    private const int Rounds = 3;

    private static readonly (string Schema, Assembly Module)[] Modules =
    [
        ("merchants", typeof(MerchantsModule).Assembly),
        ("checkout", typeof(CheckoutModule).Assembly),
        ("settlement", typeof(SettlementModule).Assembly),
    ];

    [Fact]
    public async Task Three_host_processes_started_at_once_on_an_empty_database_all_start_and_migrate_it_completely()
    {
        for (var round = 1; round <= Rounds; round++)
        {
            var connectionString = await postgres.CreateDatabaseAsync();
            var processes = Enumerable.Range(1, Hosts).Select(n => GatewayProcess.Start(connectionString, $"start-together-{n}")).ToList();
            try
            {
                var starts = processes.Select(process => process.WaitUntilLiveAsync()).ToList();
                try
                {
                    await Task.WhenAll(starts);
                }
                catch (Exception) when (starts.Any(start => start.IsFaulted))
                {
                    Assert.Fail($"Round {round}: " + string.Join(Environment.NewLine,
                        starts.Where(start => start.IsFaulted).Select(start => start.Exception!.InnerException!.Message)));
                }

                foreach (var (schema, module) in Modules)
                {
                    var migrations = module.GetTypes().Count(type => type.IsSubclassOf(typeof(Migration)) && !type.IsAbstract);
                    Assert.Equal(migrations, await Database.ScalarAsync<int>(connectionString,
                        $"SELECT count(*) FROM {schema}.\"__EFMigrationsHistory\""));
                }
                // Hangfire's own schema (installed by the same lock) and the lock-holder columns added after it.
                Assert.True(await Database.ScalarAsync<int>(connectionString, "SELECT max(version) FROM hangfire.schema") >= 23);
                Assert.Equal(2, await Database.ScalarAsync<int>(connectionString,
                    "SELECT count(*) FROM information_schema.columns WHERE table_schema = 'hangfire' AND table_name = 'lock' AND column_name IN ('holder_pid', 'held_since')"));
                output.WriteLine($"Round {round}: {Hosts} hosts started together.");
            }
            finally
            {
                foreach (var process in processes)
                    await process.DisposeAsync();
                await postgres.DropDatabaseAsync(connectionString);
            }
        }
    }
}
