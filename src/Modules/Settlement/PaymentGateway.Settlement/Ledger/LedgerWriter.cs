using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using PaymentGateway.Settlement.Persistence;

namespace PaymentGateway.Settlement.Ledger;

/// <summary>
/// Writes to the ledger inside the caller's open transaction on <see cref="SettlementDbContext"/>. Plain SQL because
/// every write here is an only-once rule expressed as <c>ON CONFLICT DO NOTHING</c>.
/// </summary>
internal sealed class LedgerWriter(SettlementDbContext db)
{
    private const string EnsureAccountSql = """
        INSERT INTO settlement.accounts (code, kind, ocid, currency, created_at) VALUES ($1, $2, $3, $4, $5)
        ON CONFLICT (code) DO NOTHING
        """;

    private const string AccountIdSql = "SELECT id FROM settlement.accounts WHERE code = $1";

    // The entry and both legs in one statement: there is no moment at which an entry exists with a single leg.
    private const string PostSql = """
        WITH entry AS (
            INSERT INTO settlement.journal_entries (session_id, event_id, txid, amount, currency, memo, posted_at)
            VALUES ($1, $2, $3, $4, $5, $6, $7)
            ON CONFLICT (session_id) DO NOTHING
            RETURNING id, amount, currency)
        INSERT INTO settlement.postings (entry_id, entry_amount, currency, account_id, side, amount)
        SELECT entry.id, entry.amount, entry.currency, leg.account_id, leg.side, leg.side * entry.amount
        FROM entry CROSS JOIN (VALUES ($8::bigint, 1::smallint), ($9::bigint, -1::smallint)) AS leg (account_id, side)
        """;

    /// <summary>Posts the credit; false when the session was credited before (nothing is written then).</summary>
    public async Task<bool> TryPostAsync(CheckoutCredit credit, CancellationToken cancellationToken)
    {
        var clearing = await EnsureAccountAsync(AccountCodes.CustomerClearing(credit.Currency), AccountKinds.CustomerClearing, null, credit, cancellationToken);
        var counterparty = await EnsureAccountAsync(
            AccountCodes.Counterparty(credit.CounterpartyOcid, credit.Currency), AccountKinds.Counterparty, credit.CounterpartyOcid, credit, cancellationToken);

        await using var command = CreateCommand(PostSql);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = credit.SessionId });
        command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = credit.EventId });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = credit.Txid });
        command.Parameters.Add(new NpgsqlParameter<decimal> { TypedValue = credit.Amount });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = credit.Currency });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = credit.Memo });
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = credit.PostedAt });
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = clearing });
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = counterparty });
        return await command.ExecuteNonQueryAsync(cancellationToken) == 2;
    }

    private async Task<long> EnsureAccountAsync(string code, string kind, long? ocid, CheckoutCredit credit, CancellationToken cancellationToken)
    {
        await using (var insert = CreateCommand(EnsureAccountSql))
        {
            insert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = code });
            insert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = kind });
            insert.Parameters.Add(new NpgsqlParameter { Value = (object?)ocid ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Bigint });
            insert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = credit.Currency });
            insert.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = credit.PostedAt });
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }
        // Read committed: if another transaction created the account meanwhile, the insert waited for it and this sees it.
        await using var select = CreateCommand(AccountIdSql);
        select.Parameters.Add(new NpgsqlParameter<string> { TypedValue = code });
        return (long)(await select.ExecuteScalarAsync(cancellationToken))!;
    }

    private NpgsqlCommand CreateCommand(string sql)
    {
        var transaction = db.Database.CurrentTransaction
            ?? throw new InvalidOperationException("Ledger writes must run inside the caller's transaction.");
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        return new NpgsqlCommand(sql, connection, (NpgsqlTransaction)transaction.GetDbTransaction());
    }
}
