namespace PaymentGateway.Settlement.Delivery;

/// <summary>Exponential backoff with full jitter (AWS Architecture Blog, "Exponential Backoff And Jitter").</summary>
internal sealed class BackoffSchedule(TimeSpan baseDelay, TimeSpan maxDelay)
{
    /// <summary>The largest delay after failed attempt <paramref name="attempt"/> (1-based): min(max, base * 2^attempt).</summary>
    public TimeSpan CapAfter(int attempt)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(attempt, 1);
        // Doubling in floating point cannot overflow; beyond 2^62 the cap has long been reached anyway.
        var ticks = baseDelay.Ticks * Math.Pow(2, Math.Min(attempt, 62));
        return ticks >= maxDelay.Ticks ? maxDelay : TimeSpan.FromTicks((long)ticks);
    }

    /// <summary>Full jitter: uniform in [0, cap]. Spreads the retries of many proofs that failed together.</summary>
    public TimeSpan DelayAfter(int attempt, Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        return TimeSpan.FromTicks((long)(CapAfter(attempt).Ticks * random.NextDouble()));
    }
}
