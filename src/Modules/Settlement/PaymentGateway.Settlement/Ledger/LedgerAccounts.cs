using Npgsql;
using PaymentGateway.Modularity.Persistence;
using PaymentGateway.Settlement.Persistence;

namespace PaymentGateway.Settlement.Ledger;

/// <summary>
/// Account ids for the statements that post on their own, outside a transaction of the caller's (the checkout credit,
/// <see cref="Features.CreditCheckout.CheckoutCreditStatement"/>): an account missing so far is created in a statement of its own, committed
/// at once. That is harmless, since an account once created stays (empty until its first posting), and it lets the id
/// be remembered right away (<see cref="AccountIds"/>), so a credit normally looks no account up at all.
/// </summary>
internal sealed class LedgerAccounts(NpgsqlDataSource dataSource, AccountIds accountIds)
{
    // One round trip: if another host created the account meanwhile, the insert waits for it and the select, a
    // statement of its own under read committed, sees it.
    private const string EnsureSql = """
        INSERT INTO settlement.accounts (code, kind, ocid, currency, debits_must_not_exceed_credits, created_at)
        VALUES ($1, $2, $3, $4, $5, $6)
        ON CONFLICT (code) DO NOTHING
        """;

    private const string IdSql = "SELECT id FROM settlement.accounts WHERE code = $1";

    public async Task<long> IdOfAsync(AccountRef account, string currency, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(account);
        var code = account.Code(currency);
        if (accountIds.TryGet(code, out var known))
            return known;
        await using var batch = dataSource.CreateBatch();
        batch.BatchCommands.Add(new NpgsqlBatchCommand(EnsureSql)
            .With<string>(code)
            .With<string>(account.Kind)
            .WithNullable(account.Ocid, NpgsqlTypes.NpgsqlDbType.Bigint)
            .With<string>(currency)
            .With<bool>(AccountKinds.DebitsMustNotExceedCredits(account.Kind))
            .With<DateTimeOffset>(now));
        batch.BatchCommands.Add(new NpgsqlBatchCommand(IdSql).With<string>(code));
        var id = (long)(await batch.ExecuteScalarAsync(cancellationToken))!;
        accountIds.Add(code, id);
        return id;
    }
}
