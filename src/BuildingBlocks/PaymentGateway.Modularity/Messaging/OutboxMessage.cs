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

    /// <summary>Failed relay attempts since the message was written or last replayed.</summary>
    public int Attempts { get; set; }

    /// <summary>The last failure as "ExceptionType: message" (at most 2000 characters).</summary>
    public string? LastError { get; set; }

    /// <summary>Not relayed before this instant (a back-off after a failure); null means at once.</summary>
    public DateTimeOffset? NextAttemptAt { get; set; }

    /// <summary>
    /// Set when <see cref="OutboxOptions.MaxAttempts"/> failures in a row made the message a poison message: the relay
    /// leaves it alone until an operator replays it.
    /// </summary>
    public DateTimeOffset? ParkedAt { get; set; }

    /// <summary>While in the future, a relayer holds the message (its lease, <see cref="LeaseId"/>) and no other takes it.</summary>
    public DateTimeOffset? LockedUntil { get; set; }

    /// <summary>Which claim holds the message: a relayer only records a failure under its own lease.</summary>
    public Guid? LeaseId { get; set; }
}
