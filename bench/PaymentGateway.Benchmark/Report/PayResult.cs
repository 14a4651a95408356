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

    public static PayResult From(PaymentOutcome[] outcomes, ProofInbox proofs, long? peakResidentBytes, TimeSpan gatewayCpu,
        string? firstError)
    {
        var completed = outcomes.Where(o => o.Completed).ToArray();
        var window = outcomes.Length == 0 ? 0 : outcomes.Max(o => o.CompletedTicks) - outcomes.Min(o => o.StartedTicks);
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
            window > 0 ? completed.Length / ((double)window / Stopwatch.Frequency) : double.NaN,
            [.. completed.Select(o => Ms(o.CompletedTicks - o.StartedTicks)).Order()],
            [.. fromCompletion.Order()], [.. fromStart.Order()],
            received, orders, duplicates, missing, peakResidentBytes, gatewayCpu, firstError);
    }

    private static double Ms(long ticks) => ticks * 1000.0 / Stopwatch.Frequency;
}
