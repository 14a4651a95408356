using PaymentGateway.Settlement.Ledger;
using PaymentGateway.Settlement.Persistence;
using PaymentGateway.Modularity.Persistence;

namespace PaymentGateway.Settlement.Features.CreateTransfer;

/// <summary>The transfers table's only-once rule and the reads a repeat or a refusal needs, inside the caller's transaction.</summary>
internal sealed class TransferStore(SettlementDbContext db)
{
    // A concurrent transaction holding the same key makes this wait for its outcome: after its commit this is a
    // conflict (a repeat), after its rollback this insert wins.
    private const string ClaimSql = """
        INSERT INTO settlement.transfers (caller_ocid, reference, request_fingerprint, txid, recipient_ocid, amount, currency, created_at)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
        ON CONFLICT (caller_ocid, reference) DO NOTHING
        """;

    private const string FindSql = """
        SELECT t.request_fingerprint, p.txid, p.proof_json, p.signature
        FROM settlement.transfers t JOIN settlement.proofs p ON p.txid = t.txid
        WHERE t.caller_ocid = $1 AND t.reference = $2
        """;

    // As text: the totals may hold more digits than a .NET decimal (see OperatorLedgerQuery).
    private const string AvailableSql = "SELECT (credits_posted - debits_posted)::text FROM settlement.accounts WHERE code = $1";

    public async Task<bool> TryClaimAsync(long callerOcid, TransferRequest request, string txid, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var command = db.CreateCommand(ClaimSql);
        command.With<long>(callerOcid);
        command.With<string>(request.Reference);
        command.With<string>(request.Fingerprint);
        command.With<string>(txid);
        command.With<long>(request.ToOcid);
        command.With<string>(request.Money.Amount.Text);
        command.With<string>(request.Money.Currency);
        command.With<DateTimeOffset>(now);
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    /// <summary>The transfer stored under the key: its request fingerprint and the proof it issued.</summary>
    public async Task<(string Fingerprint, Proofs.SignedProof Proof)> FindAsync(long callerOcid, string reference, CancellationToken cancellationToken)
    {
        await using var command = db.CreateCommand(FindSql);
        command.With<long>(callerOcid);
        command.With<string>(reference);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
            throw new InvalidOperationException("A claimed transfer key has no committed transfer.");
        return (reader.GetString(0), new Proofs.SignedProof(reader.GetString(1), reader.GetString(2), reader.GetString(3)));
    }

    /// <summary>The partner's available balance in the currency, exact ("0" without an account); for display only.</summary>
    public async Task<string> AvailableAsync(long ocid, string currency, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await using var command = db.CreateCommand(AvailableSql);
        command.With<string>(AccountCodes.Partner(ocid, currency));
        return await command.ExecuteScalarAsync(cancellationToken) as string ?? "0";
    }
}
