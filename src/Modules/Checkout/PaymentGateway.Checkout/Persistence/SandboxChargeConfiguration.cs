using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PaymentGateway.Checkout.Payments;

namespace PaymentGateway.Checkout.Persistence;

/// <summary>The sandbox acquirer's own records; a deployment with a real acquirer leaves the table empty.</summary>
internal sealed class SandboxChargeConfiguration : IEntityTypeConfiguration<SandboxCharge>
{
    public void Configure(EntityTypeBuilder<SandboxCharge> builder)
    {
        builder.ToTable("sandbox_charges");
        // What makes a repeated charge request harmless: one charge per idempotency key.
        builder.HasKey(c => c.IdempotencyKey);
        builder.Property(c => c.IdempotencyKey).HasMaxLength(100);
        builder.Property(c => c.PaymentId).HasMaxLength(40);
        builder.Property(c => c.SessionId).HasMaxLength(64);
        builder.Property(c => c.Amount).HasMaxLength(40);
        builder.Property(c => c.Currency).HasMaxLength(10);
        builder.Property(c => c.CardBrand).HasMaxLength(20);
        builder.Property(c => c.CardLast4).HasMaxLength(4);
        builder.Property(c => c.DeclineCode).HasMaxLength(40);
        builder.HasIndex(c => c.PaymentId).IsUnique();
        builder.HasIndex(c => c.SessionId);
    }
}
