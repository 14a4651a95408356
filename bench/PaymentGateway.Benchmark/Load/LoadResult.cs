namespace PaymentGateway.Benchmark.Load;

/// <param name="Completed">Responses (any status) that arrived inside the measured window.</param>
/// <param name="Errors">Of those, the ones that were not 200 or failed outright.</param>
/// <param name="UncountedErrors">Errors outside the window (warm-up): not in the numbers, but reported.</param>
/// <param name="FirstError">Status and body of the first failure seen, warm-up included.</param>
/// <param name="PoolExhausted">The pre-built requests ran out before the window ended; the window was shortened.</param>
internal sealed record LoadResult(
    int Completed,
    int Errors,
    int UncountedErrors,
    TimeSpan Window,
    double P50Ms,
    double P99Ms,
    string? FirstError,
    bool PoolExhausted)
{
    public double RequestsPerSecond => Completed / Window.TotalSeconds;
}
