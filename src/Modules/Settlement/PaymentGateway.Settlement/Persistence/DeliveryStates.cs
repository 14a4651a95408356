namespace PaymentGateway.Settlement.Persistence;

/// <summary>pending until the MG answers; then delivered or rejected, or dead when the retries ran out.</summary>
internal static class DeliveryStates
{
    public const string Pending = "pending";
    public const string Delivered = "delivered";
    public const string Rejected = "rejected";
    public const string Dead = "dead";
}
