namespace PaymentGateway.Modularity.Messaging;

/// <summary>An integration event stored in the publishing module's schema, in the same transaction as the change it reports.</summary>
public sealed class OutboxMessage
{
    public Guid Id { get; set; }

    /// <summary>"Full.Type.Name, Assembly" of the event, enough to deserialize it without a version pin.</summary>
    public string Type { get; set; } = "";

    public string Payload { get; set; } = "";

    public DateTimeOffset OccurredAt { get; set; }

    public DateTimeOffset? ProcessedAt { get; set; }

    public int Attempts { get; set; }

    public string? LastError { get; set; }
}
