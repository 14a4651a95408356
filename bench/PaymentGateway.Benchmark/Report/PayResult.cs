using System.Diagnostics;
using PaymentGateway.Benchmark.Load;
using PaymentGateway.Benchmark.Network;

namespace PaymentGateway.Benchmark.Report;

/// <summary>
/// The pay scenario's numbers. Lags are proof arrival minus the payment's 303 (negative when the proof was there first,
/// the normal case: the gateway relays it inline before redirecting) and minus the POST's start. Latencies in ms.
/// </summary>
internal sealed record PayResult(
    int Sessions,
    int Completed,
    int Errors,
    double CompletionsPerSecond,
    double[] PayLatencyMs,
    double[] LagFromCompletionMs,
    double[] LagFromStartMs,
    int ProofsReceived,
    int ProofOrders,
    int Duplicates,
    int MissingProofs,
    long? GatewayPeakResidentBytes,
    TimeSpan GatewayCpu,
    string? FirstError)
{
    public double CpuMsPerPayment => Completed == 0 ? double.NaN : GatewayCpu.TotalMilliseconds / Completed;

    /// <param name="busy">The time the payments took (the sum of the slices' first start to last 303).</param>
    public static PayResult From(PaymentOutcome[] outcomes, ProofInbox proofs, long? peakResidentBytes, TimeSpan gatewayCpu,
        string? firstError, TimeSpan busy)
    {
        var completed = outcomes.Where(o => o.Completed).ToArray();
        var fromCompletion = new List<double>();
        var fromStart = new List<double>();
        var missing = 0;
        foreach (var outcome in completed)
        {
            if (proofs.ArrivalOf(outcome.Form.OrderId) is not { } arrived)
            {
                missing++;
                continue;
            }
            fromCompletion.Add(Ms(arrived - outcome.CompletedTicks));
            fromStart.Add(Ms(arrived - outcome.StartedTicks));
        }
        var (received, orders, duplicates) = proofs.CountFor(outcomes.Select(o => o.Form.OrderId).ToHashSet(StringComparer.Ordinal));
        return new PayResult(outcomes.Length, completed.Length, outcomes.Length - completed.Length,
            busy > TimeSpan.Zero ? completed.Length / busy.TotalSeconds : double.NaN,
            [.. completed.Select(o => Ms(o.CompletedTicks - o.StartedTicks)).Order()],
            [.. fromCompletion.Order()], [.. fromStart.Order()],
            received, orders, duplicates, missing, peakResidentBytes, gatewayCpu, firstError);
    }

    /// <summary>First start to last answer of one batch of payments.</summary>
    public static TimeSpan Window(PaymentOutcome[] outcomes) => outcomes.Length == 0
        ? TimeSpan.Zero
        : Stopwatch.GetElapsedTime(outcomes.Min(o => o.StartedTicks), outcomes.Max(o => o.CompletedTicks));

    private static double Ms(long ticks) => ticks * 1000.0 / Stopwatch.Frequency;
}
