using PaymentGateway.Modularity.Persistence;

namespace PaymentGateway.Host.KeyRing;

/// <summary>For <c>dotnet ef migrations add</c>.</summary>
internal sealed class KeyRingDbContextFactory() : ModuleDesignTimeDbContextFactory<KeyRingDbContext>(KeyRingDbContext.Schema, options => new(options));
