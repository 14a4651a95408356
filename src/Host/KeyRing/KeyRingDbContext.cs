using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace PaymentGateway.Host.KeyRing;

/// <summary>
/// The host's own schema <c>host</c>: the Data Protection key ring, shared by every host of the gateway so that a form
/// (the hosted page's, the dashboard's) rendered by one is accepted by another and after a restart. The host owns it
/// because antiforgery serves every surface, not one module.
/// </summary>
internal sealed class KeyRingDbContext(DbContextOptions<KeyRingDbContext> options) : DbContext(options), IDataProtectionKeyContext
{
    public const string Schema = "host";

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.HasDefaultSchema(Schema);
}
