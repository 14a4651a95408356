using Microsoft.EntityFrameworkCore;

namespace PaymentGateway.Checkout.Persistence;

/// <summary>The <c>checkout</c> schema: sessions and the module's outbox.</summary>
internal sealed class CheckoutDbContext(DbContextOptions<CheckoutDbContext> options) : DbContext(options)
{
    public const string Schema = "checkout";

    public DbSet<CheckoutSession> Sessions => Set<CheckoutSession>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(CheckoutDbContext).Assembly);
    }
}
