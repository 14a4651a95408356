namespace PaymentGateway.Checkout.Persistence;

/// <summary>
/// An expiry window whose delayed job has been scheduled. The primary key is what makes it one job per window across
/// every host: only the host whose insert wins schedules it.
/// </summary>
internal sealed class ExpiryWindow
{
    /// <summary>The end of the window: its sessions expire at or before this instant, when its job runs.</summary>
    public DateTimeOffset DueBy { get; set; }

    public DateTimeOffset ScheduledAt { get; set; }
}
