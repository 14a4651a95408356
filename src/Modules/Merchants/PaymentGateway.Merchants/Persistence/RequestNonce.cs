namespace PaymentGateway.Merchants.Persistence;

/// <summary>A (caller, nonce) pair seen on a verified request, kept until replay is impossible by timestamp alone.</summary>
internal sealed class RequestNonce
{
    public long Ocid { get; set; }

    public string Nonce { get; set; } = "";

    public DateTimeOffset KeepUntil { get; set; }
}
