using Npgsql;
using PaymentGateway.Settlement.Persistence;
using PaymentGateway.Modularity.Persistence;

namespace PaymentGateway.Settlement.Ledger;

/// <summary>
/// Writes to the ledger inside the caller's open transaction on <see cref="SettlementDbContext"/>. Plain SQL because
/// every write here is an only-once rule (<c>ON CONFLICT DO NOTHING</c>) or a rule the database enforces: balanced
/// entries (deferred constraint trigger), account totals and the no-overdraft CHECK (posting trigger), immutability.
/// See docs/adr/0004-general-ledger.md.
/// </summary>
internal sealed class LedgerWriter(SettlementDbContext db, AccountIds accountIds)
{
    private readonly HashSet<string> _createdHere = new(StringComparer.Ordinal);

    public const string OverdraftConstraint = "ck_accounts_debits_must_not_exceed_credits";

    private const string EnsureAccountSql = """
        INSERT INTO settlement.accounts (code, kind, ocid, currency, debits_must_not_exceed_credits, created_at)
        VALUES ($1, $2, $3, $4, $5, $6)
        ON CONFLICT (code) DO NOTHING
        RETURNING id
        """;

    private const string AccountIdSql = "SELECT id FROM settlement.accounts WHERE code = $1";

    // The entry and both legs in one statement. The legs are inserted in account id order, so that the posting
    // trigger locks account rows in one global order and two opposite transfers cannot deadlock.
    private const string PostSql = """
        WITH entry AS (
            INSERT INTO settlement.journal_entries (idempotency_key, kind, session_id, event_id, txid, amount, currency, memo, posted_at)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
            ON CONFLICT (idempotency_key) DO NOTHING
            RETURNING id, amount, currency)
        INSERT INTO settlement.postings (entry_id, entry_amount, currency, account_id, side, amount)
        SELECT entry.id, entry.amount, entry.currency, leg.account_id, leg.side, leg.side * entry.amount
        FROM entry CROSS JOIN (VALUES ($10::bigint, 1::smallint), ($11::bigint, -1::smallint)) AS leg (account_id, side)
        ORDER BY leg.account_id
        RETURNING entry_id
        """;

    /// <summary>
    /// Posts the entry; returns its id, or null when an entry with the same idempotency key exists (nothing is written).
    /// </summary>
    /// <exception cref="InsufficientFundsException">The debited account may not go below zero; the transaction is aborted.</exception>
    public async Task<long?> TryPostAsync(EntryDraft draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var debit = await EnsureAccountAsync(draft.Debit, draft, cancellationToken);
        var credit = await EnsureAccountAsync(draft.Credit, draft, cancellationToken);

        await using var command = CreateCommand(PostSql);
        command.With<string>(draft.IdempotencyKey);
        command.With<string>(draft.Kind);
        command.WithNullable(draft.SessionId, NpgsqlTypes.NpgsqlDbType.Varchar);
        command.WithNullable(draft.EventId, NpgsqlTypes.NpgsqlDbType.Uuid);
        command.WithNullable(draft.Txid, NpgsqlTypes.NpgsqlDbType.Varchar);
        command.With<decimal>(draft.Amount);
        command.With<string>(draft.Currency);
        command.With<string>(draft.Memo);
        command.With<DateTimeOffset>(draft.PostedAt);
        command.With<long>(debit);
        command.With<long>(credit);
        try
        {
            return (long?)await command.ExecuteScalarAsync(cancellationToken);
        }
        catch (PostgresException exception) when (exception is { SqlState: PostgresErrorCodes.CheckViolation, ConstraintName: OverdraftConstraint })
        {
            throw new InsufficientFundsException(draft.Debit.Code(draft.Currency), exception);
        }
    }

    private async Task<long> EnsureAccountAsync(AccountRef account, EntryDraft draft, CancellationToken cancellationToken)
    {
        var code = account.Code(draft.Currency);
        if (accountIds.TryGet(code, out var known))
            return known;
        await using (var insert = CreateCommand(EnsureAccountSql))
        {
            insert.With<string>(code);
            insert.With<string>(account.Kind);
            insert.WithNullable(account.Ocid, NpgsqlTypes.NpgsqlDbType.Bigint);
            insert.With<string>(draft.Currency);
            insert.With<bool>(AccountKinds.DebitsMustNotExceedCredits(account.Kind));
            insert.With<DateTimeOffset>(draft.PostedAt);
            if (await insert.ExecuteScalarAsync(cancellationToken) is long created)
            {
                // Ours, in a transaction that may still roll back: not remembered beyond it.
                _createdHere.Add(code);
                return created;
            }
        }
        // Read committed: if another transaction created the account meanwhile, the insert waited for it and this sees it.
        await using var select = CreateCommand(AccountIdSql);
        select.With<string>(code);
        var id = (long)(await select.ExecuteScalarAsync(cancellationToken))!;
        if (!_createdHere.Contains(code))
            accountIds.Add(code, id);
        return id;
    }

    private NpgsqlCommand CreateCommand(string sql) => db.CreateCommand(sql);
}
