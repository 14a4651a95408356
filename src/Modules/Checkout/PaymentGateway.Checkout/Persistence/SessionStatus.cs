namespace PaymentGateway.Checkout.Persistence;

/// <summary>
/// A session starts pending and ends in exactly one of completed, expired or cancelled. While one payment attempt holds
/// it (the card is being charged) it is charging: nothing else may pay, cancel or expire it until that attempt is
/// decided, and a declined attempt puts it back to pending.
/// </summary>
internal static class SessionStatus
{
    public const string Pending = "pending";
    public const string Charging = "charging";
    public const string Completed = "completed";
    public const string Expired = "expired";
    public const string Cancelled = "cancelled";
}
