namespace PaymentGateway.Modularity.Messaging;

/// <summary>A parked outbox message as an operator sees it (without the payload, which may carry order details).</summary>
public sealed record ParkedMessage(Guid Id, string Type, DateTimeOffset OccurredAt, int Attempts, string? LastError, DateTimeOffset ParkedAt);
