using Hangfire;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PaymentGateway.Checkout.Persistence;
using PaymentGateway.Modularity.Messaging;

namespace PaymentGateway.Checkout.Features.Housekeeping;

/// <summary>
/// <c>checkout:purge-outbox</c>: deletes the module's outbox messages (one per completed payment) relayed longer ago
/// than <c>Outbox:Retention</c>, so the table stays the size of recent traffic. Messages not relayed yet are never
/// deleted.
/// </summary>
internal sealed partial class PurgeRelayedEventsJob(
    OutboxPurger<CheckoutDbContext> purger,
    IOptions<OutboxOptions> options,
    TimeProvider clock,
    ILogger<PurgeRelayedEventsJob> logger)
{
    public const string RecurringJobId = "checkout:purge-outbox";

    [Queue("checkout")]
    [JobDisplayName("Purge relayed checkout events")]
    [DisableConcurrentExecution(timeoutInSeconds: 300)]
    [AutomaticRetry(Attempts = 0)]
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var cutoff = clock.GetUtcNow() - options.Value.Retention;
        var deleted = await purger.PurgeRelayedBeforeAsync(cutoff, cancellationToken);
        if (deleted > 0)
            LogPurged(logger, deleted, cutoff);
        return deleted;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Purged {Count} checkout events relayed before {Cutoff:o}")]
    private static partial void LogPurged(ILogger logger, int count, DateTimeOffset cutoff);
}
