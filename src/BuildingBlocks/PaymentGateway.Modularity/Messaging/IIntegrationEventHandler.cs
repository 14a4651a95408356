using PaymentGateway.IntegrationEvents;

namespace PaymentGateway.Modularity.Messaging;

/// <summary>
/// Consumes an integration event. Delivery is at-least-once, so a handler records the event id in its module's inbox
/// (<c>inbox_messages</c>, <see cref="MessagingModelBuilderExtensions.AddInbox"/>: its primary key admits one row per
/// event and consumer) in the same transaction as its effects, and does nothing when the row already exists.
/// </summary>
public interface IIntegrationEventHandler<in TEvent>
    where TEvent : IIntegrationEvent
{
    Task HandleAsync(TEvent integrationEvent, CancellationToken cancellationToken);
}
