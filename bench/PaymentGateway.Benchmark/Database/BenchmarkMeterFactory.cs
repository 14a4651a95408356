using System.Diagnostics.Metrics;

namespace PaymentGateway.Benchmark.Database;

/// <summary>Meters for gateway code run inside the benchmark: recorded as in production, read by nobody.</summary>
internal sealed class BenchmarkMeterFactory : IMeterFactory
{
    private readonly List<Meter> _meters = [];

    public Meter Create(MeterOptions options)
    {
        var meter = new Meter(options);
        _meters.Add(meter);
        return meter;
    }

    public void Dispose() => _meters.ForEach(meter => meter.Dispose());
}
