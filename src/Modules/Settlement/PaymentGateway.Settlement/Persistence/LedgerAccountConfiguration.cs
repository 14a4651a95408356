using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PaymentGateway.Settlement.Persistence;

internal sealed class LedgerAccountConfiguration : IEntityTypeConfiguration<LedgerAccount>
{
    public void Configure(EntityTypeBuilder<LedgerAccount> builder)
    {
        builder.ToTable("accounts", table =>
        {
            table.HasCheckConstraint("ck_accounts_kind",
                "(kind IN ('partner', 'settlement') AND ocid IS NOT NULL) OR (kind IN ('customer_clearing', 'suspense') AND ocid IS NULL)");
            // Which kinds may not go negative is the schema's decision, not the caller's.
            table.HasCheckConstraint("ck_accounts_flag_by_kind",
                "debits_must_not_exceed_credits = (kind IN ('partner', 'suspense'))");
            // The overdraft guard: the trigger that applies a posting updates these totals, and this CHECK fails the
            // whole transaction if the account would go below zero. Row locks serialise concurrent postings.
            table.HasCheckConstraint("ck_accounts_debits_must_not_exceed_credits",
                "NOT debits_must_not_exceed_credits OR debits_posted <= credits_posted");
            table.HasCheckConstraint("ck_accounts_totals_not_negative", "debits_posted >= 0 AND credits_posted >= 0");
        });
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).UseIdentityAlwaysColumn();
        builder.Property(a => a.Code).HasMaxLength(100);
        builder.Property(a => a.Kind).HasMaxLength(32);
        builder.Property(a => a.Currency).HasMaxLength(10);
        builder.Property(a => a.DebitsPosted).HasColumnType("numeric").HasDefaultValue(0m);
        builder.Property(a => a.CreditsPosted).HasColumnType("numeric").HasDefaultValue(0m);
        builder.Property(a => a.DebitsMustNotExceedCredits).HasDefaultValue(false);
        builder.HasIndex(a => a.Code).IsUnique();
        // Target of the postings' (account_id, currency) foreign key: a posting cannot land in another currency's account.
        builder.HasAlternateKey(a => new { a.Id, a.Currency });
    }
}
