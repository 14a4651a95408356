using PaymentGateway.Benchmark.Processes;

namespace PaymentGateway.Benchmark.Load;

/// <summary>A server under test with the load runner aimed at it.</summary>
internal sealed class LoadTarget(string name, ServerProcess server, string path) : IDisposable
{
    public string Name { get; } = name;

    public ServerProcess Server { get; } = server;

    public LoadRunner Runner { get; } = new(server.BaseUrl, path);

    public void Dispose() => Runner.Dispose();
}
