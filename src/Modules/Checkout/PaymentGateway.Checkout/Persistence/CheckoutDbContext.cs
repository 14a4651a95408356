using Microsoft.EntityFrameworkCore;
using PaymentGateway.Modularity.Messaging;

namespace PaymentGateway.Checkout.Persistence;

/// <summary>
/// The <c>checkout</c> schema: sessions, the module's outbox and the sandbox processor's charges.
/// Data access in this module: EF Core (this context) for reads and for state changes that go with the outbox; plain
/// SQL through the shared Npgsql pool, with <c>SqlCommands</c> (positional parameters), only for the statements EF cannot express,
/// all on hot paths: <c>ON CONFLICT</c> (SessionStore's create, which also carries the request's nonce in its batch;
/// ExpiryWindowStore; SandboxCardProcessor), a conditional update's <c>RETURNING</c> (PaymentClaims) and
/// <c>SKIP LOCKED</c> (SessionExpirer). A class that needs plain SQL keeps its sibling statements in it too.
/// </summary>
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
