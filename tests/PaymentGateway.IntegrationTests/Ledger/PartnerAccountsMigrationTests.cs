using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using PaymentGateway.IntegrationTests.Infrastructure;
using PaymentGateway.Settlement.Persistence;

namespace PaymentGateway.IntegrationTests.Ledger;

/// <summary>
/// The upgrade that renamed the ledger's <c>counterparty</c> accounts to <c>partner</c> keeps every account, its totals
/// and its postings: a database booked by the previous version reads the same balances afterwards.
/// </summary>
public sealed class PartnerAccountsMigrationTests(PostgresServer postgres) : IAsyncLifetime
{
    private string _connectionString = "";

    public async ValueTask InitializeAsync() => _connectionString = await postgres.CreateDatabaseAsync();

    public async ValueTask DisposeAsync() => await postgres.DropDatabaseAsync(_connectionString);

    [Fact]
    public async Task Accounts_booked_as_counterparty_become_partner_accounts_with_their_balances()
    {
        await using var context = new SettlementDbContext(new DbContextOptionsBuilder<SettlementDbContext>()
            .UseNpgsql(_connectionString, npgsql => npgsql.MigrationsHistoryTable("__EFMigrationsHistory", SettlementDbContext.Schema))
            .UseSnakeCaseNamingConvention()
            .Options);
        var migrator = context.GetService<IMigrator>();
        await migrator.MigrateAsync("ReceiptAllocationAudit", TestContext.Current.CancellationToken);
        var db = new LedgerDatabase(_connectionString);
        Assert.Null(await db.TryInTransactionAsync(
            """
            INSERT INTO settlement.accounts (code, kind, ocid, currency, debits_must_not_exceed_credits, created_at) VALUES
                ('counterparty:300:EUR', 'counterparty', 300, 'EUR', true, now()),
                ('customer_clearing:EUR', 'customer_clearing', NULL, 'EUR', false, now())
            """,
            "INSERT INTO settlement.journal_entries (idempotency_key, kind, session_id, amount, currency, memo, posted_at) VALUES ('checkout:cs_1', 'checkout', 'cs_1', 7.25, 'EUR', '', now())",
            """
            INSERT INTO settlement.postings (entry_id, entry_amount, currency, account_id, side, amount)
            SELECT e.id, 7.25, 'EUR', a.id, CASE WHEN a.kind = 'counterparty' THEN -1 ELSE 1 END, CASE WHEN a.kind = 'counterparty' THEN -7.25 ELSE 7.25 END
            FROM settlement.journal_entries e CROSS JOIN settlement.accounts a WHERE e.idempotency_key = 'checkout:cs_1'
            """));

        await migrator.MigrateAsync(cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(0L, await db.ScalarAsync<long>("SELECT count(*) FROM settlement.accounts WHERE kind = 'counterparty' OR code LIKE 'counterparty%'"));
        Assert.Equal("partner", await db.ScalarAsync<string>("SELECT kind FROM settlement.accounts WHERE code = 'partner:300:EUR'"));
        Assert.Equal(7.25m, await db.BalanceAsync(300, "EUR"));
        Assert.Equal(7.25m, await db.ScalarAsync<decimal>("SELECT balance FROM settlement.account_balances WHERE code = 'partner:300:EUR'"));
        Assert.True(await db.ScalarAsync<bool>("SELECT debits_must_not_exceed_credits FROM settlement.accounts WHERE code = 'partner:300:EUR'"));
        await db.AssertTrialBalanceIsZeroAsync();
        // The guard is back: an account's identity stays immutable after the upgrade.
        Assert.NotNull(await db.TryInTransactionAsync("UPDATE settlement.accounts SET kind = 'settlement' WHERE code = 'partner:300:EUR'"));
    }
}
