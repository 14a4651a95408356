namespace PaymentGateway.Benchmark.Load;

/// <summary>What one worker saw; owned by that worker alone while it runs, merged afterwards, so workers never contend.</summary>
internal sealed class WorkerLog
{
    public List<double> LatenciesMs { get; } = new(capacity: 16_384);

    public int Errors { get; set; }

    /// <summary>Errors during the warm-up: not in the numbers, but reported.</summary>
    public int UncountedErrors { get; set; }
}
