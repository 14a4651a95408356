using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PaymentGateway.Settlement.Persistence;

internal sealed class OperatorActionConfiguration : IEntityTypeConfiguration<OperatorAction>
{
    public void Configure(EntityTypeBuilder<OperatorAction> builder)
    {
        builder.ToTable("operator_actions");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).UseIdentityAlwaysColumn();
        builder.Property(a => a.Txid).HasMaxLength(40);
        builder.Property(a => a.Action).HasMaxLength(32);
        builder.Property(a => a.Operator).HasMaxLength(100);
        builder.Property(a => a.Detail).HasMaxLength(300);
        builder.HasIndex(a => a.Txid);
        builder.HasOne<ProofDelivery>().WithMany().HasForeignKey(a => a.Txid).OnDelete(DeleteBehavior.Restrict);
    }
}
