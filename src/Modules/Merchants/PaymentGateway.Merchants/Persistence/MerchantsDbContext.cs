using Microsoft.EntityFrameworkCore;

namespace PaymentGateway.Merchants.Persistence;

/// <summary>
/// The <c>merchants</c> schema: what we remember about our partners' requests.
/// Data access in this module: this context defines the schema (migrations) and nothing queries through it; its two
/// statements are plain SQL with <c>SqlCommands</c> (positional parameters), on the hottest path there is: the nonce claim
/// (NonceClaim), which another module's write carries in its own batch, and the purge's bounded delete by ctid
/// (PurgeExpiredNoncesJob), neither of which EF can express.
/// </summary>
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
