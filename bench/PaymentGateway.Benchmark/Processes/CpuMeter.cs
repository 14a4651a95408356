using System.Diagnostics;
using PaymentGateway.Benchmark.Report;

namespace PaymentGateway.Benchmark.Processes;

/// <summary>Measures one window: CPU of the hosts, of the database's PostgreSQL backends, of this process and of the machine.</summary>
internal sealed class CpuMeter
{
    private readonly IReadOnlyList<ServerProcess> _hosts;
    private readonly PostgresCpu _postgres;
    private readonly Stopwatch _wall = Stopwatch.StartNew();
    private readonly TimeSpan _hostsBefore;
    private readonly TimeSpan _selfBefore;
    private readonly Dictionary<int, double>? _postgresBefore;
    private readonly double? _machineBefore;

    private CpuMeter(IReadOnlyList<ServerProcess> hosts, PostgresCpu postgres, Dictionary<int, double>? postgresBefore)
    {
        _hosts = hosts;
        _postgres = postgres;
        _postgresBefore = postgresBefore;
        _hostsBefore = HostsCpu(hosts);
        _selfBefore = SelfCpu();
        _machineBefore = MachineCpu.BusySeconds();
    }

    public static async Task<CpuMeter> StartAsync(IReadOnlyList<ServerProcess> hosts, PostgresCpu postgres) =>
        new(hosts, postgres, await postgres.SnapshotAsync());

    public async Task<CpuShare> StopAsync(long operations)
    {
        var wall = _wall.Elapsed.TotalSeconds;
        var hosts = (HostsCpu(_hosts) - _hostsBefore).TotalSeconds;
        var self = (SelfCpu() - _selfBefore).TotalSeconds;
        var machine = MachineCpu.BusySeconds() - _machineBefore;
        var postgres = PostgresCpu.Between(_postgresBefore, await _postgres.SnapshotAsync());
        return new CpuShare(hosts / wall, postgres / wall, self / wall, machine / wall, wall, operations);
    }

    private static TimeSpan HostsCpu(IReadOnlyList<ServerProcess> hosts) =>
        hosts.Aggregate(TimeSpan.Zero, (sum, host) => sum + host.CpuTime());

    private static TimeSpan SelfCpu()
    {
        using var self = Process.GetCurrentProcess();
        return self.TotalProcessorTime;
    }
}
