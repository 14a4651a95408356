using PaymentGateway.Modularity.Persistence;

namespace PaymentGateway.Settlement.Persistence;

internal sealed class SettlementDbContextFactory() : ModuleDesignTimeDbContextFactory<SettlementDbContext>(SettlementDbContext.Schema, options => new(options));
