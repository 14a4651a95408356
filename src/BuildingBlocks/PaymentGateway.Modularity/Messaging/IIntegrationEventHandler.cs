using PaymentGateway.IntegrationEvents;

namespace PaymentGateway.Modularity.Messaging;

/// <summary>
/// Consumes an integration event. Delivery is at-least-once, so a handler records the event id in its module's inbox
/// (<see cref="InboxExtensions.TryRecordInboxAsync"/>) in the same transaction as its effects.
/// </summary>
public interface IIntegrationEventHandler<in TEvent>
    where TEvent : IIntegrationEvent
{
    Task HandleAsync(TEvent integrationEvent, CancellationToken cancellationToken);
}
