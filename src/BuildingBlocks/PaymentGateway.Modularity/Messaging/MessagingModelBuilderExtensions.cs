using Microsoft.EntityFrameworkCore;

namespace PaymentGateway.Modularity.Messaging;

public static class MessagingModelBuilderExtensions
{
    /// <summary>Adds <c>outbox_messages</c> and the audit trail of its replays, <c>outbox_replays</c>, to the module's schema.</summary>
    public static ModelBuilder AddOutbox(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<OutboxMessage>(outbox =>
        {
            outbox.ToTable("outbox_messages");
            outbox.HasKey(m => m.Id);
            outbox.Property(m => m.Type).HasMaxLength(300);
            outbox.Property(m => m.Payload).HasColumnType("jsonb");
            outbox.Property(m => m.LastError).HasMaxLength(2000);
            // The relay only ever looks for what is neither processed nor parked; operators and the gauge for what is parked.
            outbox.HasIndex(m => m.OccurredAt).HasFilter("processed_at IS NULL AND parked_at IS NULL");
            outbox.HasIndex(m => m.ParkedAt).HasFilter("parked_at IS NOT NULL");
        });
        modelBuilder.Entity<OutboxReplay>(replay =>
        {
            replay.ToTable("outbox_replays");
            replay.HasKey(r => r.Id);
            replay.Property(r => r.Id).UseIdentityAlwaysColumn();
            replay.Property(r => r.Operator).HasMaxLength(100);
            replay.Property(r => r.LastError).HasMaxLength(2000);
            // No foreign key: the purge deletes relayed messages, the audit trail stays.
            replay.HasIndex(r => r.MessageId);
        });
        return modelBuilder;
    }

    /// <summary>Adds <c>inbox_messages</c> to the module's schema.</summary>
    public static ModelBuilder AddInbox(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<InboxMessage>(inbox =>
        {
            inbox.ToTable("inbox_messages");
            inbox.HasKey(m => new { m.EventId, m.Consumer });
            inbox.Property(m => m.Consumer).HasMaxLength(200);
        });
        return modelBuilder;
    }
}
