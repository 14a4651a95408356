using PaymentGateway.Modularity.Persistence;

namespace PaymentGateway.Merchants.Persistence;

internal sealed class MerchantsDbContextFactory() : ModuleDesignTimeDbContextFactory<MerchantsDbContext>(MerchantsDbContext.Schema, options => new(options));
