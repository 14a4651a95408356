using Microsoft.Extensions.Options;
using PaymentGateway.Settlement.Delivery;

namespace PaymentGateway.Settlement.Features.OperatorDeliveries;

/// <summary>
/// Resets deliveries and enqueues their attempt jobs (trigger <c>operator-redeliver</c>). Should the host stop
/// between the two, the deliveries are pending and due, and the resume sweep sends them within a minute. The failed
/// job of a revived dead delivery is moved to Deleted: it no longer stands for a dead delivery (requeueing it would do
/// nothing), and the dashboard's Failed list must only show deliveries that are dead now.
/// </summary>
internal sealed class Redeliverer(RedeliveryStore store, DeliveryScheduler scheduler, IOptions<DeliveryOptions> options, TimeProvider clock)
{
    public async Task<RedeliveryOutcome> RedeliverAsync(string txid, bool force, string operatorName, CancellationToken cancellationToken)
    {
        var (outcome, delivery) = await store.RedeliverAsync(txid, force, options.Value.MaxAttempts, operatorName, clock.GetUtcNow(), cancellationToken);
        if (delivery is not null)
            Requeue(delivery);
        return outcome;
    }

    public async Task<int> RedeliverDeadAsync(long? ocid, DateTimeOffset? from, DateTimeOffset? to, string operatorName, CancellationToken cancellationToken)
    {
        var requeued = await store.RedeliverDeadAsync(ocid, from, to, options.Value.MaxAttempts, operatorName, clock.GetUtcNow(), cancellationToken);
        foreach (var delivery in requeued)
            Requeue(delivery);
        return requeued.Count;
    }

    private void Requeue(RequeuedDelivery delivery)
    {
        scheduler.EnqueueRedelivery(delivery.Txid, delivery.RecipientOcid);
        if (delivery.DeadJobId is { } deadJobId)
            scheduler.RetireDeadJob(deadJobId);
    }
}
