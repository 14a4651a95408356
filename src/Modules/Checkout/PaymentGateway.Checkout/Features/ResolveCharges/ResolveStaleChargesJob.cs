using Hangfire;

namespace PaymentGateway.Checkout.Features.ResolveCharges;

/// <summary>
/// The recurring resolution of payment attempts whose claim ran out (<c>checkout:resolve-charges</c>, every minute
/// and at start-up, so attempts left behind by a host that stopped are decided as soon as another one runs).
/// </summary>
internal sealed class ResolveStaleChargesJob(StaleChargeResolver resolver)
{
    public const string RecurringJobId = "checkout:resolve-charges";

    /// <summary>Stale attempts are rare (a host died mid-payment); a run decides this many, the next run the rest.</summary>
    public const int BatchSize = 500;

    [Queue("checkout")]
    [JobDisplayName("Resolve stale payment attempts")]
    [DisableConcurrentExecution(timeoutInSeconds: 60)]
    [AutomaticRetry(Attempts = 0)] // runs again within a minute anyway
    public Task<int> RunAsync(CancellationToken cancellationToken) =>
        resolver.ResolveDueAsync(BatchSize, cancellationToken);
}
