namespace PaymentGateway.Modularity.Persistence;

/// <summary>Applies one module's EF migrations. The host runs every registered migrator at start-up.</summary>
public interface IModuleMigrator
{
    string Schema { get; }

    Task MigrateAsync(CancellationToken cancellationToken);
}
