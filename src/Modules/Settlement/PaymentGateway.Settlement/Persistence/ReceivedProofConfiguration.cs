using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PaymentGateway.Settlement.Persistence;

internal sealed class ReceivedProofConfiguration : IEntityTypeConfiguration<ReceivedProof>
{
    public void Configure(EntityTypeBuilder<ReceivedProof> builder)
    {
        builder.ToTable("received_proofs", table => table.HasCheckConstraint("ck_received_proofs_outcome", "outcome IN ('credited', 'repeat', 'conflict')"));
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).UseIdentityAlwaysColumn();
        builder.Property(p => p.Txid).HasMaxLength(200);
        builder.Property(p => p.ProofJson).HasColumnType("text");
        builder.Property(p => p.Signature).HasMaxLength(200);
        builder.Property(p => p.Outcome).HasMaxLength(16);
        builder.HasIndex(p => new { p.IssuerOcid, p.Txid });
    }
}
