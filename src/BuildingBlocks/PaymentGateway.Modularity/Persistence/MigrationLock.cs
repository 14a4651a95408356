using Npgsql;

namespace PaymentGateway.Modularity.Persistence;

/// <summary>
/// One host at a time changes the database schema. Hosts that start together on an empty database would otherwise
/// run the same <c>CREATE SCHEMA</c> / <c>CREATE TABLE</c> at once and crash with "relation already exists"; with
/// the lock the first one migrates and the others wait, then find nothing left to do. A PostgreSQL session-level
/// advisory lock (scoped to this database) held on a connection of its own: if the process dies, PostgreSQL ends the
/// session and the lock goes with it, so a host killed mid-migration never blocks the next one.
/// </summary>
public sealed class MigrationLock : IAsyncDisposable
{
    /// <summary>Any fixed number works; this one reads "PGMIGRAT" in ASCII, unlikely to clash with another tool's.</summary>
    private const long Key = 0x5047_4D49_4752_4154;

    private readonly NpgsqlConnection _connection;

    private MigrationLock(NpgsqlConnection connection) => _connection = connection;

    /// <summary>Waits (without a timeout: another host may be running a long migration) until this host holds the lock.</summary>
    public static async Task<MigrationLock> AcquireAsync(NpgsqlDataSource dataSource, CancellationToken cancellationToken)
    {
        var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = new NpgsqlCommand("SELECT pg_advisory_lock($1)", connection) { CommandTimeout = 0 };
            command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = Key });
            await command.ExecuteNonQueryAsync(cancellationToken);
            return new MigrationLock(connection);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await using var command = new NpgsqlCommand("SELECT pg_advisory_unlock($1)", _connection);
            command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = Key });
            await command.ExecuteNonQueryAsync();
        }
        catch (NpgsqlException)
        {
            // The connection broke: its session, and the lock with it, has ended already.
        }
        finally
        {
            // The pool does not reset sessions (ModuleDatabaseExtensions), so the explicit unlock above is what frees
            // the lock; a broken connection is never handed out again.
            await _connection.DisposeAsync();
        }
    }
}
