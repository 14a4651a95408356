using PaymentGateway.Settlement.Persistence;
using PaymentGateway.Modularity.Persistence;

namespace PaymentGateway.Settlement.Features.ReceiveTransfer;

/// <summary>Reads of the receipts table that the webhook needs, inside the caller's transaction.</summary>
internal sealed class ReceiptStore(SettlementDbContext db)
{
    private const string FingerprintSql = "SELECT proof_fingerprint FROM settlement.receipts WHERE issuer_ocid = $1 AND txid = $2";

    /// <summary>The fingerprint of the proof credited under (issuer, txid); null if none was.</summary>
    public async Task<string?> FingerprintAsync(long issuer, string txid, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await using var command = db.CreateCommand(FingerprintSql);
        command.With<long>(issuer);
        command.With<string>(txid);
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }
}
