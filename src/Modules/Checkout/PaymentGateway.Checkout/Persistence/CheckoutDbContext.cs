using Microsoft.EntityFrameworkCore;
using PaymentGateway.Modularity.Messaging;

namespace PaymentGateway.Checkout.Persistence;

/// <summary>The <c>checkout</c> schema: sessions, the module's outbox and the sandbox processor's charges.</summary>
internal sealed class CheckoutDbContext(DbContextOptions<CheckoutDbContext> options) : DbContext(options)
{
    public const string Schema = "checkout";

    public DbSet<CheckoutSession> Sessions => Set<CheckoutSession>();

    /// <summary>The sandbox card processor's charges by idempotency key (empty with a real acquirer).</summary>
    public DbSet<Payments.SandboxCharge> SandboxCharges => Set<Payments.SandboxCharge>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(CheckoutDbContext).Assembly);
        // CheckoutCompleted is written here in the same transaction as the pending → completed change.
        modelBuilder.AddOutbox();
    }
}
