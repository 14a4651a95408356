using System.Security.Cryptography;
using Npgsql;

namespace PaymentGateway.Benchmark.Database;

/// <summary>
/// A fresh database <c>bench_&lt;random&gt;</c> on the given server, dropped again when disposed (with FORCE, since the
/// server that used it was killed and PostgreSQL may not have noticed yet).
/// </summary>
internal sealed class BenchDatabase : IAsyncDisposable
{
    private readonly string _adminConnectionString;

    private BenchDatabase(string adminConnectionString, string name, string connectionString)
    {
        _adminConnectionString = adminConnectionString;
        Name = name;
        ConnectionString = connectionString;
    }

    public string Name { get; }

    /// <summary>Contains the password of the admin connection: pass it to a child process, never print it.</summary>
    public string ConnectionString { get; }

    public static async Task<BenchDatabase> CreateAsync(string adminConnectionString, string suffix = "")
    {
        var name = "bench_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4)) + suffix;
        await using (var connection = new NpgsqlConnection(adminConnectionString))
        {
            await connection.OpenAsync();
            // A database name cannot be a parameter; this one is made of [a-z0-9_] only.
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await command.ExecuteNonQueryAsync();
        }
        var builder = new NpgsqlConnectionStringBuilder(adminConnectionString) { Database = name };
        return new BenchDatabase(adminConnectionString, name, builder.ConnectionString);
    }

    /// <summary>Host, port and database, without credentials: safe to print.</summary>
    public string Describe()
    {
        var builder = new NpgsqlConnectionStringBuilder(ConnectionString);
        return $"{builder.Host}:{builder.Port}/{builder.Database}";
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await using var connection = new NpgsqlConnection(_adminConnectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)", connection);
            await command.ExecuteNonQueryAsync();
        }
        catch (NpgsqlException exception)
        {
            await Console.Error.WriteLineAsync($"bench: could not drop database {Name}: {exception.Message}");
        }
    }
}
