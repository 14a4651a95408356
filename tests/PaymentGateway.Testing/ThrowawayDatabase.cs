using System.Security.Cryptography;
using Npgsql;

namespace PaymentGateway.Testing;

/// <summary>
/// A fresh database on a PostgreSQL server, dropped again when disposed, so runs leave nothing behind. The drop uses
/// <c>WITH (FORCE)</c>: a server process that used it may have been killed with connections still counted as open.
/// </summary>
public sealed class ThrowawayDatabase : IAsyncDisposable
{
    private readonly string _adminConnectionString;

    private ThrowawayDatabase(string adminConnectionString, string name, string connectionString)
    {
        _adminConnectionString = adminConnectionString;
        Name = name;
        ConnectionString = connectionString;
    }

    /// <summary>Only <c>[a-z0-9_]</c>, so it needs no quoting in DDL.</summary>
    public string Name { get; }

    /// <summary>Carries the admin connection's password: pass it to a child process, never print it.</summary>
    public string ConnectionString { get; }

    /// <param name="adminConnectionString">A role that may create and drop databases.</param>
    /// <param name="prefix">Names what made it (<c>pg_test</c>, <c>bench</c>), lower case letters, digits and '_'.</param>
    /// <param name="maxPoolSize">The connection pool of <see cref="ConnectionString"/>, when not Npgsql's default.</param>
    public static async Task<ThrowawayDatabase> CreateAsync(string adminConnectionString, string prefix, int? maxPoolSize = null)
    {
        var name = prefix + "_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));
        await ExecuteAsync(adminConnectionString, $"CREATE DATABASE {name}");
        var builder = new NpgsqlConnectionStringBuilder(adminConnectionString) { Database = name };
        if (maxPoolSize is { } size)
            builder.MaxPoolSize = size;
        return new ThrowawayDatabase(adminConnectionString, name, builder.ConnectionString);
    }

    /// <summary>Drops the database that <paramref name="connectionString"/> names, closing what connections are left.</summary>
    public static async Task DropAsync(string adminConnectionString, string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        NpgsqlConnection.ClearPool(new NpgsqlConnection(connectionString));
        await ExecuteAsync(adminConnectionString, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
    }

    /// <summary>Host, port and database, without credentials: safe to print.</summary>
    public string Describe()
    {
        var builder = new NpgsqlConnectionStringBuilder(ConnectionString);
        return $"{builder.Host}:{builder.Port}/{builder.Database}";
    }

    /// <summary>Runs a query on the database and returns the first column of the first row.</summary>
    public async Task<object?> ScalarAsync(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
            command.Parameters.AddWithValue(name, value);
        return await command.ExecuteScalarAsync();
    }

    /// <summary>Drops the database; a failure to do so is reported on standard error, not thrown: a leftover is harmless.</summary>
    public async ValueTask DisposeAsync()
    {
        try
        {
            await DropAsync(_adminConnectionString, ConnectionString);
        }
        catch (NpgsqlException exception)
        {
            await Console.Error.WriteLineAsync($"could not drop database {Name}: {exception.Message}");
        }
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
