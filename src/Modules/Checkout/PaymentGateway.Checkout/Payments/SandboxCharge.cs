namespace PaymentGateway.Checkout.Payments;

/// <summary>
/// A charge as the sandbox acquirer records it, by idempotency key (<c>checkout.sandbox_charges</c>). Like a real
/// acquirer's, the record outlives any host of ours and is shared by all of them, so a charge made by a host that died
/// is found by the host that resolves its attempt. No card number or CVC: brand and last four only.
/// </summary>
internal sealed class SandboxCharge
{
    public string IdempotencyKey { get; set; } = "";

    public string PaymentId { get; set; } = "";

    public string SessionId { get; set; } = "";

    public string Amount { get; set; } = "";

    public string Currency { get; set; } = "";

    public string CardBrand { get; set; } = "";

    public string CardLast4 { get; set; } = "";

    public bool Approved { get; set; }

    public string? DeclineCode { get; set; }

    public string? DeclineMessage { get; set; }

    /// <summary>How many charge requests arrived with this key; every one after the first was answered from the record.</summary>
    public int Requests { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? VoidedAt { get; set; }
}
