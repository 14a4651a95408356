namespace PaymentGateway.Benchmark.Load;

/// <summary>A server under test with the load runner aimed at it.</summary>
internal sealed class LoadTarget(string name, ServerProcess server, string path) : IDisposable
{
    public string Name { get; } = name;

    public ServerProcess Server { get; } = server;

    public LoadRunner Runner { get; } = new(server.BaseUrl, path);

    /// <summary>CPU the server used during the measured slices.</summary>
    public TimeSpan MeasuredCpu { get; private set; }

    /// <summary>Measures one slice and returns its throughput, adding the server's CPU time during it.</summary>
    public async Task<double> MeasureAsync(TimeSpan slice)
    {
        var before = Server.CpuTime();
        var rate = await Runner.MeasureAsync(slice);
        MeasuredCpu += Server.CpuTime() - before;
        return rate;
    }

    public void Dispose() => Runner.Dispose();
}
