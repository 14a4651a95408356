namespace PaymentGateway.Opencharge.AspNetCore.Authentication;

/// <summary>What the directory knows of a caller's key: found, not a partner of ours, or its metadata unreachable.</summary>
public sealed record CallerKey(CallerKeyStatus Status, OpenchargePublicKey? PublicKey = null)
{
    public static readonly CallerKey Unknown = new(CallerKeyStatus.Unknown);
    public static readonly CallerKey Unavailable = new(CallerKeyStatus.Unavailable);

    public static CallerKey Found(OpenchargePublicKey key) => new(CallerKeyStatus.Found, key);
}
