using Microsoft.EntityFrameworkCore;

namespace PaymentGateway.Merchants.Persistence;

/// <summary>The <c>merchants</c> schema: what we remember about our partners' requests.</summary>
internal sealed class MerchantsDbContext(DbContextOptions<MerchantsDbContext> options) : DbContext(options)
{
    public const string Schema = "merchants";

    public DbSet<RequestNonce> RequestNonces => Set<RequestNonce>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(MerchantsDbContext).Assembly);
    }
}
