using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PaymentGateway.Settlement.Persistence;

internal sealed class ReceiptRecordConfiguration : IEntityTypeConfiguration<ReceiptRecord>
{
    public void Configure(EntityTypeBuilder<ReceiptRecord> builder)
    {
        builder.ToTable("receipts");
        builder.HasKey(r => new { r.IssuerOcid, r.Txid });
        builder.Property(r => r.Txid).HasMaxLength(200);
        builder.Property(r => r.ProofFingerprint).HasMaxLength(64).IsFixedLength();
        builder.Property(r => r.Amount).HasMaxLength(40);
        builder.Property(r => r.Currency).HasMaxLength(10);
        // The issuer's reference, of whatever length it chose (the request body limit bounds it): a proof whose reference
        // names no partner is still money received, credited to suspense with the reference an operator allocates by.
        builder.Property(r => r.ToReference).HasColumnType("text");
        builder.Property(r => r.AllocatedBy).HasMaxLength(100);
        builder.HasOne<JournalEntry>().WithMany().HasForeignKey(r => r.EntryId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<JournalEntry>().WithMany().HasForeignKey(r => r.AllocationEntryId).OnDelete(DeleteBehavior.Restrict);
        // Operators list what is still in suspense.
        builder.HasIndex(r => r.ReceivedAt).HasFilter("credited_ocid IS NULL");
    }
}
