namespace PaymentGateway.Benchmark.Load;

/// <summary>One POST /pay: when it was sent and when its answer arrived (<see cref="System.Diagnostics.Stopwatch"/> ticks).</summary>
internal readonly record struct PaymentOutcome(PaymentForm Form, long StartedTicks, long CompletedTicks, bool Completed);
