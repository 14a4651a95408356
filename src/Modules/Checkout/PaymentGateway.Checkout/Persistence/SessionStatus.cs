namespace PaymentGateway.Checkout.Persistence;

/// <summary>A session starts pending and ends in exactly one of the other three states.</summary>
internal static class SessionStatus
{
    public const string Pending = "pending";
    public const string Completed = "completed";
    public const string Expired = "expired";
    public const string Cancelled = "cancelled";
}
