namespace PaymentGateway.Checkout.Payments;

/// <summary>What the processor said. A decline carries a message meant for the customer.</summary>
internal sealed record CardResult(bool Approved, string? DeclineCode = null, string? DeclineMessage = null)
{
    public static CardResult Approve() => new(true);

    public static CardResult Decline(string code, string message) => new(false, code, message);
}
