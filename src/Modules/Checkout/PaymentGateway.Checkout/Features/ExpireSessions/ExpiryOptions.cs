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
    /// is busy at most three quarters of the time. Zero sweeps flat out.
    /// </summary>
    public double SweepPauseRatio { get; set; } = 0.35;

    /// <summary>
    /// Sessions expiring within the same window share one delayed job, scheduled when the first of them is created
    /// (the minutely sweep alone would be up to a minute late). Zero turns the delayed jobs off.
    /// </summary>
    public TimeSpan JobWindow { get; set; } = TimeSpan.FromSeconds(5);
}
