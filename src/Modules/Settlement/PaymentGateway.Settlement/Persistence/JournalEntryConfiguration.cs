using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PaymentGateway.Settlement.Persistence;

internal sealed class JournalEntryConfiguration : IEntityTypeConfiguration<JournalEntry>
{
    public void Configure(EntityTypeBuilder<JournalEntry> builder)
    {
        builder.ToTable("journal_entries", table =>
        {
            table.HasCheckConstraint("ck_journal_entries_amount_positive", "amount > 0");
            table.HasCheckConstraint("ck_journal_entries_kind", "kind IN ('checkout', 'transfer', 'receipt', 'allocation')");
            table.HasCheckConstraint("ck_journal_entries_checkout_has_session", "(kind = 'checkout') = (session_id IS NOT NULL)");
        });
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).UseIdentityAlwaysColumn();
        builder.Property(e => e.IdempotencyKey).HasMaxLength(300);
        builder.Property(e => e.Kind).HasMaxLength(16);
        builder.Property(e => e.SessionId).HasMaxLength(64);
        builder.Property(e => e.Txid).HasMaxLength(40);
        // Unconstrained numeric: the scale of the amount string is kept exactly.
        builder.Property(e => e.Amount).HasColumnType("numeric");
        builder.Property(e => e.Currency).HasMaxLength(10);
        builder.Property(e => e.Memo).HasMaxLength(300);
        builder.HasIndex(e => e.IdempotencyKey).IsUnique();
        builder.HasIndex(e => e.SessionId).IsUnique();
        builder.HasIndex(e => e.Txid).IsUnique();
        // Target of the postings' composite foreign key (see PostingConfiguration).
        builder.HasAlternateKey(e => new { e.Id, e.Amount, e.Currency });
    }
}
