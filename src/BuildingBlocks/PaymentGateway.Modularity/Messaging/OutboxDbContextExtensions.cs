using Microsoft.EntityFrameworkCore;
using PaymentGateway.IntegrationEvents;

namespace PaymentGateway.Modularity.Messaging;

public static class OutboxDbContextExtensions
{
    /// <summary>
    /// Stages the event in the module's outbox; it is committed by the same SaveChanges as the state change. With a
    /// <paramref name="lease"/> the row is written already claimed by the caller, who relays it after the commit.
    /// </summary>
    public static void AddIntegrationEvent(this DbContext db, IIntegrationEvent integrationEvent, OutboxLease? lease = null)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(integrationEvent);
        db.Set<OutboxMessage>().Add(new OutboxMessage
        {
            Id = integrationEvent.EventId,
            Type = IntegrationEventSerializer.TypeName(integrationEvent.GetType()),
            Payload = IntegrationEventSerializer.Serialize(integrationEvent),
            OccurredAt = integrationEvent.OccurredAt,
            LockedUntil = lease?.Until,
            LeaseId = lease?.Id,
        });
    }
}
