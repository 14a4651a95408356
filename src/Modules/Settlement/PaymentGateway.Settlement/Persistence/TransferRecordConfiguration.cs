using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PaymentGateway.Settlement.Persistence;

internal sealed class TransferRecordConfiguration : IEntityTypeConfiguration<TransferRecord>
{
    public void Configure(EntityTypeBuilder<TransferRecord> builder)
    {
        builder.ToTable("transfers");
        builder.HasKey(t => new { t.CallerOcid, t.Reference });
        builder.Property(t => t.Reference).HasMaxLength(200);
        builder.Property(t => t.RequestFingerprint).HasMaxLength(64).IsFixedLength();
        builder.Property(t => t.Txid).HasMaxLength(40);
        builder.Property(t => t.Amount).HasMaxLength(40);
        builder.Property(t => t.Currency).HasMaxLength(10);
        builder.HasIndex(t => t.Txid).IsUnique();
        builder.HasOne<ProofRecord>().WithOne().HasForeignKey<TransferRecord>(t => t.Txid).OnDelete(DeleteBehavior.Restrict);
    }
}
