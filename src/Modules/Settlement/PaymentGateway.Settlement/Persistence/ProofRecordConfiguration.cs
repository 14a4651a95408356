using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PaymentGateway.Settlement.Persistence;

internal sealed class ProofRecordConfiguration : IEntityTypeConfiguration<ProofRecord>
{
    public void Configure(EntityTypeBuilder<ProofRecord> builder)
    {
        builder.ToTable("proofs");
        builder.HasKey(p => p.Txid);
        builder.Property(p => p.Txid).HasMaxLength(40);
        builder.Property(p => p.SessionId).HasMaxLength(64);
        builder.Property(p => p.ProofJson).HasColumnType("text");
        builder.Property(p => p.Signature).HasMaxLength(130);
        // One proof per checkout session, like one credit per session.
        builder.HasIndex(p => p.SessionId).IsUnique();
    }
}
