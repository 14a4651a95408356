using Microsoft.EntityFrameworkCore;
using PaymentGateway.Modularity.Messaging;

namespace PaymentGateway.Settlement.Persistence;

/// <summary>The <c>settlement</c> schema: the ledger, the proofs we issued and received, their deliveries and the module's inbox.</summary>
internal sealed class SettlementDbContext(DbContextOptions<SettlementDbContext> options) : DbContext(options)
{
    public const string Schema = "settlement";

    public DbSet<LedgerAccount> Accounts => Set<LedgerAccount>();

    public DbSet<JournalEntry> JournalEntries => Set<JournalEntry>();

    public DbSet<Posting> Postings => Set<Posting>();

    public DbSet<ProofRecord> Proofs => Set<ProofRecord>();

    public DbSet<ProofDelivery> Deliveries => Set<ProofDelivery>();

    public DbSet<DeliveryAttempt> DeliveryAttempts => Set<DeliveryAttempt>();

    public DbSet<OperatorAction> OperatorActions => Set<OperatorAction>();

    public DbSet<TransferRecord> Transfers => Set<TransferRecord>();

    public DbSet<ReceiptRecord> Receipts => Set<ReceiptRecord>();

    public DbSet<ReceivedProof> ReceivedProofs => Set<ReceivedProof>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.AddInbox();
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(SettlementDbContext).Assembly);
    }
}
