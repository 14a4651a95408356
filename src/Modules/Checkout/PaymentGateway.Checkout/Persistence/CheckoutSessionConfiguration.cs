using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PaymentGateway.Checkout.Persistence;

internal sealed class CheckoutSessionConfiguration : IEntityTypeConfiguration<CheckoutSession>
{
    public void Configure(EntityTypeBuilder<CheckoutSession> builder)
    {
        builder.ToTable("sessions", table =>
            table.HasCheckConstraint("ck_sessions_status", "status IN ('pending','charging','completed','expired','cancelled')"));
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).HasMaxLength(64);
        builder.Property(s => s.OrderId).HasMaxLength(200);
        builder.Property(s => s.Amount).HasMaxLength(40);
        builder.Property(s => s.Currency).HasMaxLength(10);
        builder.Property(s => s.Status).HasMaxLength(16);
        builder.Property(s => s.SignatureVariant).HasMaxLength(1);
        builder.Property(s => s.RequestFingerprint).HasMaxLength(64);
        builder.Property(s => s.OrderJson).HasColumnType("text");
        builder.Property(s => s.PaymentId).HasMaxLength(40);
        builder.Property(s => s.CardBrand).HasMaxLength(20);
        builder.Property(s => s.CardLast4).HasMaxLength(4);
        // A payment id names one payment only.
        builder.HasIndex(s => s.PaymentId).IsUnique().HasFilter("payment_id IS NOT NULL");
        // The identity of a checkout is this constraint: one session per merchant order (merchant OCID and order.id),
        // whoever asks for it and on every host, so one order cannot be paid twice (by an MG and the merchant directly).
        builder.HasIndex(s => new { s.MerchantOcid, s.OrderId }).IsUnique();
        // The expiry sweep looks for pending sessions past their expiry.
        builder.HasIndex(s => s.ExpiresAt).HasFilter("status = 'pending'");
        // The resolver looks for claims whose host did not finish them in time.
        builder.HasIndex(s => s.ClaimExpiresAt).HasFilter("status = 'charging'");
        // The operator listing pages newest first.
        builder.HasIndex(s => s.CreatedAt);
    }
}
