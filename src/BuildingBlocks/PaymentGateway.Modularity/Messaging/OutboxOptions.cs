namespace PaymentGateway.Modularity.Messaging;

/// <summary>The <c>Outbox</c> configuration section.</summary>
public sealed class OutboxOptions
{
    public const string Section = "Outbox";

    /// <summary>How often the safety-net poll runs; the normal path relays right after commit.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// How long a relayed message is kept (for troubleshooting) before the module's purge job deletes it. The records
    /// that matter (sessions, ledger, proofs, deliveries) live in the modules' own tables.
    /// </summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(7);
}
