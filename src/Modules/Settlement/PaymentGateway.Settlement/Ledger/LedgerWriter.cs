using Npgsql;
using PaymentGateway.Settlement.Persistence;

namespace PaymentGateway.Settlement.Ledger;

/// <summary>
/// Writes to the ledger inside the caller's open transaction on <see cref="SettlementDbContext"/>. Plain SQL because
/// every write here is an only-once rule (<c>ON CONFLICT DO NOTHING</c>) or a rule the database enforces: balanced
/// entries (deferred constraint trigger), account totals and the no-overdraft CHECK (posting trigger), immutability.
/// See docs/adr/0004-general-ledger.md.
/// </summary>
internal sealed class LedgerWriter(SettlementDbContext db)
{
    public const string OverdraftConstraint = "ck_accounts_debits_must_not_exceed_credits";

    private const string EnsureAccountSql = """
        INSERT INTO settlement.accounts (code, kind, ocid, currency, debits_must_not_exceed_credits, created_at)
        VALUES ($1, $2, $3, $4, $5, $6)
        ON CONFLICT (code) DO NOTHING
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
    /// Posts the credit; false when the session was credited before (nothing is written then). The amount's decimal is
    /// exact, scale included ("1.50" is booked as 1.50), because OpenchargeAmount's grammar stays within decimal.
    /// </summary>
    public async Task<bool> TryPostAsync(CheckoutCredit credit, CancellationToken cancellationToken) =>
        await TryPostAsync(new EntryDraft("checkout:" + credit.SessionId, JournalEntryKinds.Checkout, AccountRef.CustomerClearing,
            AccountRef.Partner(credit.PartnerOcid), credit.Amount.Value, credit.Currency, credit.Memo, credit.PostedAt,
            credit.Txid, credit.SessionId, credit.EventId), cancellationToken) is not null;

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
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = draft.IdempotencyKey });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = draft.Kind });
        command.Parameters.Add(Nullable(draft.SessionId, NpgsqlTypes.NpgsqlDbType.Varchar));
        command.Parameters.Add(Nullable(draft.EventId, NpgsqlTypes.NpgsqlDbType.Uuid));
        command.Parameters.Add(Nullable(draft.Txid, NpgsqlTypes.NpgsqlDbType.Varchar));
        command.Parameters.Add(new NpgsqlParameter<decimal> { TypedValue = draft.Amount });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = draft.Currency });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = draft.Memo });
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = draft.PostedAt });
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = debit });
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = credit });
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
        await using (var insert = CreateCommand(EnsureAccountSql))
        {
            insert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = code });
            insert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = account.Kind });
            insert.Parameters.Add(Nullable(account.Ocid, NpgsqlTypes.NpgsqlDbType.Bigint));
            insert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = draft.Currency });
            insert.Parameters.Add(new NpgsqlParameter<bool> { TypedValue = AccountKinds.DebitsMustNotExceedCredits(account.Kind) });
            insert.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = draft.PostedAt });
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }
        // Read committed: if another transaction created the account meanwhile, the insert waited for it and this sees it.
        await using var select = CreateCommand(AccountIdSql);
        select.Parameters.Add(new NpgsqlParameter<string> { TypedValue = code });
        return (long)(await select.ExecuteScalarAsync(cancellationToken))!;
    }

    private NpgsqlCommand CreateCommand(string sql) => db.CreateCommand(sql);

    private static NpgsqlParameter Nullable(object? value, NpgsqlTypes.NpgsqlDbType type) => SettlementCommands.Nullable(value, type);
}
