using PaymentGateway.Benchmark.Load;
using PaymentGateway.Benchmark.Report;

namespace PaymentGateway.Benchmark.Scenarios;

/// <summary>One gateway build in the pay scenario: its process on a database of its own, and what its slices measured.</summary>
internal sealed class PayBuild(string label, ThrowawayDatabase database, ServerProcess gateway) : IAsyncDisposable
{
    private readonly List<PaymentOutcome> _outcomes = [];

    public string Label { get; } = label;

    public ServerProcess Gateway { get; } = gateway;

    public PaymentRunner Runner { get; } = new(gateway.BaseUrl);

    public TimeSpan Cpu { get; private set; }

    public TimeSpan Busy { get; private set; }

    /// <summary>Completions per second of each measured slice, in order.</summary>
    public List<double> SliceRates { get; } = [];

    public void Record(PaymentOutcome[] outcomes, TimeSpan cpu)
    {
        var window = PayResult.Window(outcomes);
        _outcomes.AddRange(outcomes);
        Cpu += cpu;
        Busy += window;
        SliceRates.Add(window > TimeSpan.Zero ? outcomes.Count(o => o.Completed) / window.TotalSeconds : double.NaN);
    }

    public PayResult Result(Network.ProofInbox proofs) =>
        PayResult.From([.. _outcomes], proofs, Gateway.PeakResidentBytes(), Cpu, Runner.FirstError, Busy);

    public async ValueTask DisposeAsync()
    {
        Runner.Dispose();
        await Gateway.DisposeAsync();
        await database.DisposeAsync();
    }
}
