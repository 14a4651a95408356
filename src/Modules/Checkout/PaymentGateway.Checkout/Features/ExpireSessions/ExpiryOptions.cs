namespace PaymentGateway.Checkout.Features.ExpireSessions;

/// <summary>The <c>Checkout:Expiry</c> configuration section.</summary>
internal sealed class ExpiryOptions
{
    public const string Section = "Checkout:Expiry";

    /// <summary>Sessions expired per statement by the sweep; bounded so one sweep never holds many locks for long.</summary>
    public int SweepBatchSize { get; set; } = 2000;

    /// <summary>Schedule a delayed job per session at creation (the sweep alone is up to a minute late).</summary>
    public bool ScheduleJobPerSession { get; set; } = true;
}
