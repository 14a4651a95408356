using PaymentGateway.Benchmark.Processes;

namespace PaymentGateway.Benchmark.Load;

/// <summary>
/// A server under test with the load runner aimed at it, and optionally the PostgreSQL backends of its own database,
/// whose CPU is then added up over the same measured slices.
/// </summary>
internal sealed class LoadTarget(string name, ServerProcess server, string path, PostgresCpu? postgres = null) : IDisposable
{
    private bool _postgresMissed;
    private double _postgresSeconds;

    public string Name { get; } = name;

    public ServerProcess Server { get; } = server;

    public LoadRunner Runner { get; } = new(server.BaseUrl, path);

    /// <summary>CPU the server used during the measured slices.</summary>
    public TimeSpan MeasuredCpu { get; private set; }

    /// <summary>
    /// CPU the PostgreSQL backends of the server's database used during the measured slices; null when not measured
    /// or not measurable in every slice (a PostgreSQL on another machine, not Linux).
    /// </summary>
    public TimeSpan? MeasuredPostgresCpu =>
        postgres is null || _postgresMissed ? null : TimeSpan.FromSeconds(_postgresSeconds);

    /// <summary>Measures one slice and returns its throughput, adding the server's (and its database's) CPU time during it.</summary>
    public async Task<double> MeasureAsync(TimeSpan slice)
    {
        var postgresBefore = postgres is null ? null : await postgres.SnapshotAsync();
        var before = Server.CpuTime();
        var rate = await Runner.MeasureAsync(slice);
        MeasuredCpu += Server.CpuTime() - before;
        if (postgres is not null)
            AddPostgres(PostgresCpu.Between(postgresBefore, await postgres.SnapshotAsync()));
        return rate;
    }

    private void AddPostgres(double? seconds)
    {
        if (seconds is { } value)
            _postgresSeconds += value;
        else
            _postgresMissed = true;
    }

    public void Dispose() => Runner.Dispose();
}
