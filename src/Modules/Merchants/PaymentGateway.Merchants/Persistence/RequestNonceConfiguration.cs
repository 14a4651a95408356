using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PaymentGateway.Merchants.Persistence;

internal sealed class RequestNonceConfiguration : IEntityTypeConfiguration<RequestNonce>
{
    public void Configure(EntityTypeBuilder<RequestNonce> builder)
    {
        builder.ToTable("request_nonces");
        // The primary key is the replay rule: a second insert of the same pair cannot succeed, on any host.
        builder.HasKey(n => new { n.Ocid, n.Nonce });
        builder.Property(n => n.Nonce).HasMaxLength(128);
        builder.HasIndex(n => n.KeepUntil);
    }
}
