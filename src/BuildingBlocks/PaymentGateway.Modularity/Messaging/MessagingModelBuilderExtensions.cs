using Microsoft.EntityFrameworkCore;

namespace PaymentGateway.Modularity.Messaging;

public static class MessagingModelBuilderExtensions
{
    /// <summary>Adds <c>outbox_messages</c> to the module's schema.</summary>
    public static ModelBuilder AddOutbox(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<OutboxMessage>(outbox =>
        {
            outbox.ToTable("outbox_messages");
            outbox.HasKey(m => m.Id);
            outbox.Property(m => m.Type).HasMaxLength(300);
            outbox.Property(m => m.Payload).HasColumnType("jsonb");
            outbox.Property(m => m.LastError).HasMaxLength(2000);
            // The relay only ever looks for what is not processed yet.
            outbox.HasIndex(m => m.OccurredAt).HasFilter("processed_at IS NULL");
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
