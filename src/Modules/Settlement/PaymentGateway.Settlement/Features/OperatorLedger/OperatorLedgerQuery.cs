using Npgsql;
using PaymentGateway.Settlement.Ledger;
using PaymentGateway.Modularity.Persistence;

namespace PaymentGateway.Settlement.Features.OperatorLedger;

/// <summary>
/// Read-only SQL for the operators' view of the ledger; amounts leave as exact decimal strings. PostgreSQL does the
/// arithmetic and renders the text (<c>::text</c>): an account's totals are sums of many amounts and may hold more
/// digits than a .NET decimal, so they never pass through one.
/// </summary>
internal sealed class OperatorLedgerQuery(NpgsqlDataSource dataSource)
{
    private const string AccountsSql = """
        SELECT code, kind, ocid, currency, debits_posted::text, credits_posted::text,
               (credits_posted - debits_posted)::text, (debits_posted - credits_posted)::text
        FROM settlement.accounts
        ORDER BY currency, kind, ocid NULLS FIRST, code
        """;

    private const string TrialBalanceSql = """
        SELECT a.currency, sum(a.debits_posted)::text, sum(a.credits_posted)::text, (sum(a.debits_posted) - sum(a.credits_posted))::text,
               COALESCE((SELECT sum(p.amount) FROM settlement.postings p WHERE p.currency = a.currency), 0)::text
        FROM settlement.accounts a GROUP BY a.currency ORDER BY a.currency
        """;

    // The running balance is over the account's whole history, so a window still starts from the right balance.
    private const string StatementSql = """
        SELECT entry_id, posted_at, kind, txid, memo,
               CASE WHEN amount > 0 THEN amount::text ELSE '' END, CASE WHEN amount < 0 THEN (-amount)::text ELSE '' END, running::text
        FROM (
            SELECT e.id AS entry_id, e.posted_at, e.kind, e.txid, e.memo, p.amount,
                   -sum(p.amount) OVER (ORDER BY e.posted_at, e.id) AS running
            FROM settlement.postings p
            JOIN settlement.journal_entries e ON e.id = p.entry_id
            JOIN settlement.accounts a ON a.id = p.account_id
            WHERE a.code = $1) AS history
        WHERE ($2::timestamptz IS NULL OR posted_at >= $2) AND ($3::timestamptz IS NULL OR posted_at < $3)
        ORDER BY posted_at, entry_id
        """;

    private const string OpeningSql = """
        SELECT a.id, COALESCE(-(SELECT sum(p.amount) FROM settlement.postings p JOIN settlement.journal_entries e ON e.id = p.entry_id
                                WHERE p.account_id = a.id AND $2::timestamptz IS NOT NULL AND e.posted_at < $2), 0)::text
        FROM settlement.accounts a WHERE a.code = $1
        """;

    private const string ReceiptsSql = """
        SELECT issuer_ocid, txid, amount, currency, to_reference, credited_ocid, allocated_by, allocated_at, received_at
        FROM settlement.receipts
        WHERE $1::boolean IS NULL OR (credited_ocid IS NOT NULL) = $1
        ORDER BY received_at DESC LIMIT 500
        """;

    public async Task<OperatorAccountsResponse> AccountsAsync(CancellationToken cancellationToken)
    {
        var accounts = new List<OperatorAccountItem>();
        await using (var command = dataSource.CreateCommand(AccountsSql))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                var kind = reader.GetString(1);
                var currency = reader.GetString(3);
                var balance = Persistence.AccountKinds.DebitsMustNotExceedCredits(kind) ? reader.GetString(6) : reader.GetString(7);
                accounts.Add(new OperatorAccountItem(reader.GetString(0), kind, reader.IsDBNull(2) ? null : reader.GetInt64(2), currency,
                    LedgerFigure.InMinorUnits(reader.GetString(4), currency), LedgerFigure.InMinorUnits(reader.GetString(5), currency),
                    LedgerFigure.InMinorUnits(balance, currency)));
            }
        }
        return new OperatorAccountsResponse(accounts, await TrialBalanceAsync(cancellationToken));
    }

    public async Task<IReadOnlyList<TrialBalanceItem>> TrialBalanceAsync(CancellationToken cancellationToken)
    {
        var totals = new List<TrialBalanceItem>();
        await using var command = dataSource.CreateCommand(TrialBalanceSql);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var currency = reader.GetString(0);
            totals.Add(new TrialBalanceItem(currency, LedgerFigure.InMinorUnits(reader.GetString(1), currency), LedgerFigure.InMinorUnits(reader.GetString(2), currency),
                LedgerFigure.InMinorUnits(reader.GetString(3), currency), LedgerFigure.InMinorUnits(reader.GetString(4), currency)));
        }
        return totals;
    }

    /// <summary>The partner's statement in one currency, or null when it has no account in it.</summary>
    public async Task<StatementResponse?> StatementAsync(long ocid, string currency, DateTimeOffset? from, DateTimeOffset? to, CancellationToken cancellationToken)
    {
        var code = AccountCodes.Partner(ocid, currency);
        string opening;
        await using (var command = dataSource.CreateCommand(OpeningSql))
        {
            command.With<string>(code);
            command.WithNullable(from, NpgsqlTypes.NpgsqlDbType.TimestampTz);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            if (!await reader.ReadAsync(cancellationToken))
                return null;
            opening = reader.GetString(1);
        }

        var lines = new List<StatementLine>();
        await using (var command = dataSource.CreateCommand(StatementSql))
        {
            command.With<string>(code);
            command.WithNullable(from, NpgsqlTypes.NpgsqlDbType.TimestampTz);
            command.WithNullable(to, NpgsqlTypes.NpgsqlDbType.TimestampTz);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
                lines.Add(new StatementLine(reader.GetInt64(0), reader.GetFieldValue<DateTimeOffset>(1), reader.GetString(2),
                    reader.IsDBNull(3) ? null : reader.GetString(3), reader.GetString(4), reader.GetString(5), reader.GetString(6), reader.GetString(7)));
        }
        return new StatementResponse(ocid, currency, opening, lines.Count > 0 ? lines[^1].Balance : opening, lines);
    }

    public async Task<IReadOnlyList<OperatorReceiptItem>> ReceiptsAsync(bool? allocated, CancellationToken cancellationToken)
    {
        var receipts = new List<OperatorReceiptItem>();
        await using var command = dataSource.CreateCommand(ReceiptsSql);
        command.WithNullable(allocated, NpgsqlTypes.NpgsqlDbType.Boolean);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            receipts.Add(new OperatorReceiptItem(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3),
                reader.IsDBNull(4) ? null : reader.GetString(4), reader.IsDBNull(5) ? null : reader.GetInt64(5),
                reader.IsDBNull(6) ? null : reader.GetString(6), reader.IsDBNull(7) ? null : reader.GetFieldValue<DateTimeOffset>(7),
                reader.GetFieldValue<DateTimeOffset>(8)));
        return receipts;
    }
}
