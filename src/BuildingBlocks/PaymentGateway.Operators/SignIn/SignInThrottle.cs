using System.Net;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace PaymentGateway.Operators.SignIn;

/// <summary>
/// At most <see cref="OperatorAccessOptions.FailedSignInLimit"/> failed operator sign-ins per client address and
/// window (the framework's fixed-window rate limiter, partitioned by address). Only failures count, so an operator
/// who signs in correctly is never slowed down; a client over the limit is refused before its password is checked,
/// which also keeps a flood of guesses from burning the CPU on PBKDF2.
/// </summary>
internal sealed class SignInThrottle : IDisposable
{
    private readonly PartitionedRateLimiter<IPAddress> _failures;

    public SignInThrottle(IOptions<OperatorAccessOptions> options)
    {
        var limiter = new FixedWindowRateLimiterOptions
        {
            PermitLimit = options.Value.FailedSignInLimit,
            Window = options.Value.FailedSignInWindow,
            QueueLimit = 0,
            AutoReplenishment = true,
        };
        _failures = PartitionedRateLimiter.Create<IPAddress, IPAddress>(address => RateLimitPartition.GetFixedWindowLimiter(address, _ => limiter));
    }

    /// <summary>True when this address has used up its failures; <paramref name="retryAfter"/> says for how long, if known.</summary>
    public bool IsLocked(IPAddress? address, out TimeSpan? retryAfter)
    {
        retryAfter = null;
        using var probe = _failures.AttemptAcquire(address ?? IPAddress.None, 0);
        if (probe.IsAcquired)
            return false;
        if (probe.TryGetMetadata(MetadataName.RetryAfter, out var wait))
            retryAfter = wait;
        return true;
    }

    public void RecordFailure(IPAddress? address) => _failures.AttemptAcquire(address ?? IPAddress.None).Dispose();

    public void Dispose() => _failures.Dispose();
}
