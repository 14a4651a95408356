namespace PaymentGateway.Host.Operations.RateLimiting;

/// <summary>
/// <c>RateLimiting:Operations</c>: requests one client address may make to one unauthenticated operational surface
/// (<c>/health/live</c>, <c>/health/ready</c>, <c>/metrics</c>, <c>/swagger</c>), as a token bucket.
/// </summary>
internal sealed class OperationsRateLimitOptions
{
    public const string Section = "RateLimiting:Operations";

    /// <summary>Sustained requests per second.</summary>
    public int PermitsPerSecond { get; set; } = 10;

    /// <summary>Requests allowed at once after a quiet spell.</summary>
    public int Burst { get; set; } = 20;
}
