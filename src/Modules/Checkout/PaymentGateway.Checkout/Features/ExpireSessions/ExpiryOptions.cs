namespace PaymentGateway.Checkout.Features.ExpireSessions;

/// <summary>The <c>Checkout:Expiry</c> configuration section.</summary>
internal sealed class ExpiryOptions
{
    public const string Section = "Checkout:Expiry";

    /// <summary>Sessions expired per statement by the sweep; bounded so one sweep never holds many locks for long.</summary>
    public int SweepBatchSize { get; set; } = 2000;

    /// <summary>
    /// After each full batch the sweep pauses for this fraction of the time the batch took, so that a large backlog
    /// (after an outage, say) is worked off without taking a whole database core from live traffic: at 0.5 the sweep
    /// is busy at most two thirds of the time. Zero sweeps flat out. 0.7 since creates got about three times faster:
    /// at 0.35 a 100,000-session sweep left them 0.77 of their throughput, at 0.7 0.87, with the sweep still under
    /// twice a plain UPDATE (scripts/bench.sh expiry).
    /// </summary>
    public double SweepPauseRatio { get; set; } = 0.7;

    /// <summary>
    /// Sessions expiring within the same window share one delayed job, scheduled when the first of them is created
    /// (the minutely sweep alone would be up to a minute late). Zero turns the delayed jobs off.
    /// </summary>
    public TimeSpan JobWindow { get; set; } = TimeSpan.FromSeconds(5);
}
