namespace PaymentGateway.Modularity.Messaging;

/// <summary>
/// The audit trail of parked messages an operator replayed: who, when, and what the message had failed with. Kept
/// when the message itself is purged.
/// </summary>
public sealed class OutboxReplay
{
    public long Id { get; set; }

    public Guid MessageId { get; set; }

    /// <summary>The operator's sign-in name.</summary>
    public string Operator { get; set; } = "";

    public DateTimeOffset ReplayedAt { get; set; }

    /// <summary>Failed attempts before the replay reset them.</summary>
    public int Attempts { get; set; }

    public string? LastError { get; set; }

    public DateTimeOffset ParkedAt { get; set; }
}
