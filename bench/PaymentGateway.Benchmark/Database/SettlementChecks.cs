using Npgsql;

namespace PaymentGateway.Benchmark.Database;

/// <summary>
/// What the database says after a multi-host run: nothing doubled, nothing lost. Every completed session has exactly
/// one proof and one journal entry and nothing else has any; the ledger's trial balance is zero, both from the
/// postings and from the accounts' posted totals.
/// </summary>
internal sealed record SettlementChecks(long Sessions, long Completed, long Proofs, long JournalEntries,
    long CompletedWithoutExactlyOneProof, long CompletedWithoutExactlyOneEntry, long ProofsOfUncompletedSessions,
    decimal PostingsSum, decimal PostedDifference)
{
    private const string Sql = """
        SELECT
            (SELECT count(*) FROM checkout.sessions),
            (SELECT count(*) FROM checkout.sessions WHERE status = 'completed'),
            (SELECT count(*) FROM settlement.proofs),
            (SELECT count(*) FROM settlement.journal_entries WHERE session_id IS NOT NULL),
            (SELECT count(*) FROM checkout.sessions s WHERE s.status = 'completed'
                AND (SELECT count(*) FROM settlement.proofs p WHERE p.session_id = s.id) <> 1),
            (SELECT count(*) FROM checkout.sessions s WHERE s.status = 'completed'
                AND (SELECT count(*) FROM settlement.journal_entries j WHERE j.session_id = s.id) <> 1),
            (SELECT count(*) FROM settlement.proofs p WHERE NOT EXISTS
                (SELECT 1 FROM checkout.sessions s WHERE s.id = p.session_id AND s.status = 'completed')),
            (SELECT coalesce(sum(amount), 0) FROM settlement.postings),
            (SELECT coalesce(sum(debits_posted) - sum(credits_posted), 0) FROM settlement.accounts)
        """;

    public static async Task<SettlementChecks> RunAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(Sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return new SettlementChecks(reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3),
            reader.GetInt64(4), reader.GetInt64(5), reader.GetInt64(6), reader.GetDecimal(7), reader.GetDecimal(8));
    }

    /// <param name="created">Sessions the load created (200 answers) in this run.</param>
    /// <param name="paid">Payments that completed (303 answers).</param>
    public bool Hold(long created, long paid) =>
        Sessions == created && Completed == paid && Proofs == paid && JournalEntries == paid
        && CompletedWithoutExactlyOneProof == 0 && CompletedWithoutExactlyOneEntry == 0 && ProofsOfUncompletedSessions == 0
        && PostingsSum == 0 && PostedDifference == 0;
}
