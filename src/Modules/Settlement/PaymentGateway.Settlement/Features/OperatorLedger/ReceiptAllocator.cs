using System.Globalization;
using Microsoft.Extensions.Logging;
using PaymentGateway.Settlement.Ledger;
using PaymentGateway.Settlement.Persistence;
using PaymentGateway.Modularity.Persistence;

namespace PaymentGateway.Settlement.Features.OperatorLedger;

/// <summary>
/// Moves a receipt out of suspense to a partner: an allocation entry (debit suspense, credit the partner) and the
/// receipt marked with who did it and when, in one transaction; the conditional UPDATE makes it happen once.
/// </summary>
internal sealed partial class ReceiptAllocator(SettlementDbContext db, LedgerWriter ledger, TimeProvider clock, ILogger<ReceiptAllocator> logger)
{
    private const string FindSql = "SELECT amount, currency, credited_ocid FROM settlement.receipts WHERE issuer_ocid = $1 AND txid = $2 FOR UPDATE";

    private const string MarkSql = """
        UPDATE settlement.receipts SET credited_ocid = $3, allocation_entry_id = $4, allocated_by = $5, allocated_at = $6
        WHERE issuer_ocid = $1 AND txid = $2 AND credited_ocid IS NULL
        """;

    /// <summary>null when there is no such receipt; false when it was already credited to a partner.</summary>
    public async Task<bool?> AllocateAsync(long issuer, string txid, long ocid, string operatorName, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        string amount, currency;
        await using (var find = db.CreateCommand(FindSql))
        {
            find.With<long>(issuer);
            find.With<string>(txid);
            await using var reader = await find.ExecuteReaderAsync(cancellationToken);
            if (!await reader.ReadAsync(cancellationToken))
                return null;
            if (!reader.IsDBNull(2))
                return false;
            (amount, currency) = (reader.GetString(0), reader.GetString(1));
        }

        var now = clock.GetUtcNow();
        var key = string.Create(CultureInfo.InvariantCulture, $"allocation:{issuer}:{txid}");
        var entry = await ledger.TryPostAsync(new EntryDraft(key, JournalEntryKinds.Allocation, AccountRef.Suspense, AccountRef.Partner(ocid),
            decimal.Parse(amount, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture), currency,
            $"Allocated by {operatorName}: {txid} of {issuer.ToString(CultureInfo.InvariantCulture)}", now), cancellationToken)
            ?? throw new InvalidOperationException("An unallocated receipt already has an allocation entry.");
        await using (var mark = db.CreateCommand(MarkSql))
        {
            mark.With<long>(issuer);
            mark.With<string>(txid);
            mark.With<long>(ocid);
            mark.With<long>(entry);
            mark.With<string>(operatorName);
            mark.With<DateTimeOffset>(now);
            await mark.ExecuteNonQueryAsync(cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        LogAllocated(logger, txid, issuer, ocid, operatorName);
        return true;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Receipt {Txid} of issuer {Issuer} allocated to OCID {Ocid} by operator {Operator}")]
    private static partial void LogAllocated(ILogger logger, string txid, long issuer, long ocid, string @operator);
}
