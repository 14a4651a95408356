using System.Globalization;
using Npgsql;

namespace PaymentGateway.Benchmark.Processes;

/// <summary>
/// CPU time of the PostgreSQL backends serving one database, from <c>/proc/&lt;pid&gt;/stat</c> (so only when the
/// server runs on this machine; null otherwise). Per database, because the server may be shared: other databases'
/// backends are not counted, and neither are the server's shared processes (WAL writer, checkpointer), so this is
/// a lower bound of what the scenario cost the server.
/// </summary>
internal sealed class PostgresCpu(string connectionString)
{
    private static readonly double TicksPerSecond = 100; // USER_HZ: 100 on every Linux build in use

    private const string BackendsSql = "SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()";

    /// <summary>CPU seconds used so far by each backend of the database, by pid.</summary>
    public async Task<Dictionary<int, double>?> SnapshotAsync()
    {
        if (!OperatingSystem.IsLinux())
            return null;
        var snapshot = new Dictionary<int, double>();
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(BackendsSql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var pid = reader.GetInt32(0);
            if (CpuSeconds(pid) is { } seconds)
                snapshot[pid] = seconds;
        }
        return snapshot.Count > 0 ? snapshot : null;
    }

    /// <summary>
    /// CPU seconds between two snapshots. A backend that ended in between is missed (the bench's pools keep theirs
    /// open for the whole measurement); one that started in between counts from zero.
    /// </summary>
    public static double? Between(Dictionary<int, double>? before, Dictionary<int, double>? after) =>
        after is null ? null : after.Sum(backend => backend.Value - (before is not null && before.TryGetValue(backend.Key, out var was) ? was : 0));

    private static double? CpuSeconds(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            // The command name (field 2) is in parentheses and may hold spaces: count fields after its closing one.
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            // utime and stime are fields 14 and 15 of the whole line, 11 and 12 (0-based) after the name.
            return (double.Parse(fields[11], CultureInfo.InvariantCulture) + double.Parse(fields[12], CultureInfo.InvariantCulture)) / TicksPerSecond;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException)
        {
            return null;
        }
    }
}
