using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace PaymentGateway.Settlement.Persistence;

internal static class SettlementCommands
{
    /// <summary>A plain SQL command on the context's connection, inside its open transaction (required).</summary>
    public static NpgsqlCommand CreateCommand(this SettlementDbContext db, string sql)
    {
        var transaction = db.Database.CurrentTransaction
            ?? throw new InvalidOperationException("This write must run inside the caller's transaction.");
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        return new NpgsqlCommand(sql, connection, (NpgsqlTransaction)transaction.GetDbTransaction());
    }
}
