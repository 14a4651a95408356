using PaymentGateway.Modularity.Persistence;

namespace PaymentGateway.Checkout.Persistence;

internal sealed class CheckoutDbContextFactory() : ModuleDesignTimeDbContextFactory<CheckoutDbContext>(CheckoutDbContext.Schema, options => new(options));
