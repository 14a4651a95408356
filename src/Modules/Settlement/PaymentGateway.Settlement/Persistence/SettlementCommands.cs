using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace PaymentGateway.Settlement.Persistence;

internal static class SettlementCommands
{
    /// <summary>A plain SQL command on the context's connection, inside its open transaction (required).</summary>
    public static NpgsqlCommand CreateCommand(this SettlementDbContext db, string sql)
    {
        var (connection, transaction) = Current(db);
        return new NpgsqlCommand(sql, connection, transaction);
    }

    /// <summary>
    /// Sends <paramref name="commands"/> as one <see cref="NpgsqlBatch"/> (one round trip) inside the context's open
    /// transaction (required), so the inserts of one settlement transaction cost one trip instead of one each.
    /// </summary>
    public static async Task ExecuteBatchAsync(this SettlementDbContext db, CancellationToken cancellationToken, params NpgsqlBatchCommand[] commands)
    {
        var (connection, transaction) = Current(db);
        await using var batch = new NpgsqlBatch(connection, transaction);
        foreach (var command in commands)
            batch.BatchCommands.Add(command);
        await batch.ExecuteNonQueryAsync(cancellationToken);
    }

    private static (NpgsqlConnection Connection, NpgsqlTransaction Transaction) Current(SettlementDbContext db)
    {
        var transaction = db.Database.CurrentTransaction
            ?? throw new InvalidOperationException("This write must run inside the caller's transaction.");
        return ((NpgsqlConnection)db.Database.GetDbConnection(), (NpgsqlTransaction)transaction.GetDbTransaction());
    }
}
