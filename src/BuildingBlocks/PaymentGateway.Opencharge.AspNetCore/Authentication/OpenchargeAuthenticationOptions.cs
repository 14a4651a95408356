namespace PaymentGateway.Opencharge.AspNetCore.Authentication;

public sealed class OpenchargeAuthenticationOptions
{
    /// <summary>docs/protocol.md, Signed requests: a request is fresh within ±300 s of our clock.</summary>
    public TimeSpan TimestampTolerance { get; set; } = TimeSpan.FromSeconds(300);

    /// <summary>How long a nonce is remembered; longer than the timestamp window on both sides.</summary>
    public TimeSpan NonceRetention { get; set; } = TimeSpan.FromSeconds(660);

    /// <summary>Request bodies above this are refused with 413 before any work is done.</summary>
    public int MaxBodyBytes { get; set; } = 64 * 1024;
}
