namespace PaymentGateway.Modularity.Messaging;

/// <summary>An event a consumer has already applied; the primary key makes a second application impossible.</summary>
public sealed class InboxMessage
{
    public Guid EventId { get; set; }

    public string Consumer { get; set; } = "";

    public DateTimeOffset ProcessedAt { get; set; }
}
