namespace PaymentGateway.Checkout.Persistence;

/// <summary>
/// A hosted checkout session. The order is kept as the exact JSON text received, with the merchant's signature and
/// the canonical variant that verified it, so the evidence can be re-verified later byte for byte.
/// </summary>
internal sealed class CheckoutSession
{
    public string Id { get; set; } = "";

    /// <summary>The OCID that called /checkout/create (the merchant gateway, or the merchant itself).</summary>
    public long CallerOcid { get; set; }

    public long MerchantOcid { get; set; }

    public string OrderId { get; set; } = "";

    public string OrderJson { get; set; } = "";

    public string OrderSignature { get; set; } = "";

    public string SignatureVariant { get; set; } = "";

    /// <summary>Copied from the order as received; never reformatted (partners compare it as a string).</summary>
    public string Amount { get; set; } = "";

    public string Currency { get; set; } = "";

    public string? SuccessUrl { get; set; }

    public string? CancelUrl { get; set; }

    /// <summary>SHA-256 over what the caller sent, to tell an idempotent repeat from a conflicting one.</summary>
    public string RequestFingerprint { get; set; } = "";

    public string Status { get; set; } = SessionStatus.Pending;

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }

    public DateTimeOffset? CompletedAt { get; set; }

    public DateTimeOffset? EndedAt { get; set; }

    /// <summary>
    /// Payment attempts that have claimed this session so far; the latest one is the current attempt. A claim moves
    /// the session to <c>charging</c> and counts it up, so the attempt number and the idempotency key derived from it
    /// (<see cref="Payments.PaymentAttempt"/>) are taken by exactly one submit.
    /// </summary>
    public int Attempts { get; set; }

    /// <summary>
    /// While <c>charging</c>: when the claim runs out. A claim still charging after this belonged to a host that died
    /// (or lost its processor call) and is resolved by looking its idempotency key up at the processor.
    /// </summary>
    public DateTimeOffset? ClaimExpiresAt { get; set; }

    /// <summary>Our payment reference, set together with <see cref="CompletedAt"/> by the one completing update.</summary>
    public string? PaymentId { get; set; }

    /// <summary>
    /// Only the brand and last four digits are ever kept; the card number and CVC never reach storage. Written by the
    /// claim (the card being charged), cleared again when a declined attempt releases the session.
    /// </summary>
    public string? CardBrand { get; set; }

    public string? CardLast4 { get; set; }
}
