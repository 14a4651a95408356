using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PaymentGateway.Settlement.Persistence;

internal sealed class LedgerAccountConfiguration : IEntityTypeConfiguration<LedgerAccount>
{
    public void Configure(EntityTypeBuilder<LedgerAccount> builder)
    {
        builder.ToTable("accounts", table => table.HasCheckConstraint("ck_accounts_kind",
            "(kind = 'counterparty' AND ocid IS NOT NULL) OR (kind = 'customer_clearing' AND ocid IS NULL)"));
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).UseIdentityAlwaysColumn();
        builder.Property(a => a.Code).HasMaxLength(100);
        builder.Property(a => a.Kind).HasMaxLength(32);
        builder.Property(a => a.Currency).HasMaxLength(10);
        builder.HasIndex(a => a.Code).IsUnique();
        // Target of the postings' (account_id, currency) foreign key: a posting cannot land in another currency's account.
        builder.HasAlternateKey(a => new { a.Id, a.Currency });
    }
}
