namespace PaymentGateway.Modularity.Messaging;

/// <summary>The <c>Outbox</c> configuration section.</summary>
public sealed class OutboxOptions
{
    public const string Section = "Outbox";

    /// <summary>How often the safety-net poll runs; the normal path relays right after commit.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// How long a relayer holds a message it claimed (its handlers run meanwhile, e.g. Settlement's credit and first
    /// webhook attempt). A message whose relayer died is relayed by another once this runs out; a poll batch that
    /// would outlive it gives the rest back.
    /// </summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How long a relayed message is kept (for troubleshooting) before the module's purge job deletes it. The records
    /// that matter (sessions, ledger, proofs, deliveries) live in the modules' own tables.
    /// </summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(7);

    /// <summary>
    /// Failed attempts after which a message is parked (a poison message: its handler keeps failing) instead of being
    /// retried for ever. With the default back-off, ten attempts span about 13 minutes, so a short outage of a
    /// consumer's dependencies does not park anything.
    /// </summary>
    public int MaxAttempts { get; set; } = 10;

    /// <summary>
    /// The back-off after failed attempt n is min(MaxRetryDelay, PollInterval × 2^(n-1)), so a failing message neither
    /// hogs the relay nor burns its attempts within seconds.
    /// </summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The wait before the attempt after failed attempt <paramref name="attempt"/> (1-based).</summary>
    public TimeSpan RetryDelayAfter(int attempt)
    {
        // Doubling in floating point cannot overflow; long before 2^30 the cap is reached anyway.
        var ticks = PollInterval.Ticks * Math.Pow(2, Math.Clamp(attempt - 1, 0, 30));
        return ticks >= MaxRetryDelay.Ticks ? MaxRetryDelay : TimeSpan.FromTicks((long)ticks);
    }
}
