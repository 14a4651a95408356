using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PaymentGateway.Checkout.Persistence;

internal sealed class ExpiryWindowConfiguration : IEntityTypeConfiguration<ExpiryWindow>
{
    public void Configure(EntityTypeBuilder<ExpiryWindow> builder)
    {
        builder.ToTable("expiry_windows");
        builder.HasKey(w => w.DueBy);
    }
}
