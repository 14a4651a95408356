using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PaymentGateway.Settlement.Persistence;

internal sealed class DeliveryAttemptConfiguration : IEntityTypeConfiguration<DeliveryAttempt>
{
    public void Configure(EntityTypeBuilder<DeliveryAttempt> builder)
    {
        builder.ToTable("delivery_attempts", table =>
            table.HasCheckConstraint("ck_delivery_attempts_outcome", "outcome IN ('delivered','rejected','retryable')"));
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).UseIdentityAlwaysColumn();
        builder.Property(a => a.Txid).HasMaxLength(40);
        builder.Property(a => a.Trigger).HasMaxLength(32);
        builder.Property(a => a.Outcome).HasMaxLength(16);
        builder.Property(a => a.Reason).HasMaxLength(500);
        builder.HasIndex(a => new { a.Txid, a.Attempt }).IsUnique();
        builder.HasOne<ProofDelivery>().WithMany().HasForeignKey(a => a.Txid).OnDelete(DeleteBehavior.Restrict);
    }
}
