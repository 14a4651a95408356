using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PaymentGateway.Settlement.Persistence;

/// <summary>
/// The constraints make an unbalanced entry unrepresentable without triggers: a posting's amount is +entry amount
/// (debit) or -entry amount (credit), the entry amount and currency are tied to the entry by a composite foreign key,
/// the currency to the account's, and an entry has at most one debit and one credit. The remaining gap (an entry
/// with only one leg) is closed by writing the entry and both legs in one SQL statement (LedgerWriter).
/// </summary>
internal sealed class PostingConfiguration : IEntityTypeConfiguration<Posting>
{
    public void Configure(EntityTypeBuilder<Posting> builder)
    {
        builder.ToTable("postings", table =>
        {
            table.HasCheckConstraint("ck_postings_side", "side IN (-1, 1)");
            table.HasCheckConstraint("ck_postings_amount_is_signed_entry_amount", "amount = side * entry_amount");
        });
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).UseIdentityAlwaysColumn();
        builder.Property(p => p.EntryAmount).HasColumnType("numeric");
        builder.Property(p => p.Amount).HasColumnType("numeric");
        builder.Property(p => p.Currency).HasMaxLength(10);
        builder.HasIndex(p => new { p.EntryId, p.Side }).IsUnique();
        builder.HasOne<JournalEntry>().WithMany()
            .HasForeignKey(p => new { p.EntryId, p.EntryAmount, p.Currency })
            .HasPrincipalKey(e => new { e.Id, e.Amount, e.Currency })
            .OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<LedgerAccount>().WithMany()
            .HasForeignKey(p => new { p.AccountId, p.Currency })
            .HasPrincipalKey(a => new { a.Id, a.Currency })
            .OnDelete(DeleteBehavior.Restrict);
    }
}
