namespace PaymentGateway.IntegrationEvents;

/// <summary>A fact one module publishes for others. The id is what consumers deduplicate on.</summary>
public interface IIntegrationEvent
{
    Guid EventId { get; }

    DateTimeOffset OccurredAt { get; }
}
