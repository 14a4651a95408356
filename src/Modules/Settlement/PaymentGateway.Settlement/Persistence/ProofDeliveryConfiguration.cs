using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PaymentGateway.Settlement.Persistence;

internal sealed class ProofDeliveryConfiguration : IEntityTypeConfiguration<ProofDelivery>
{
    public void Configure(EntityTypeBuilder<ProofDelivery> builder)
    {
        builder.ToTable("deliveries", table =>
            table.HasCheckConstraint("ck_deliveries_state", "state IN ('pending','delivered','rejected','dead')"));
        builder.HasKey(d => d.Txid);
        builder.Property(d => d.Txid).HasMaxLength(40);
        builder.Property(d => d.State).HasMaxLength(16);
        builder.Property(d => d.LastReason).HasMaxLength(500);
        builder.Property(d => d.DeadJobId).HasMaxLength(64);
        builder.HasOne<ProofRecord>().WithOne().HasForeignKey<ProofDelivery>(d => d.Txid).OnDelete(DeleteBehavior.Restrict);
        // The resume sweep looks for pending deliveries that are due.
        builder.HasIndex(d => d.NextAttemptAt).HasFilter("state = 'pending'");
        // The operator listing pages by creation time; bulk redelivery looks for dead deliveries of one MG.
        builder.HasIndex(d => d.CreatedAt);
        builder.HasIndex(d => new { d.RecipientOcid, d.CreatedAt }).HasFilter("state = 'dead'");
    }
}
