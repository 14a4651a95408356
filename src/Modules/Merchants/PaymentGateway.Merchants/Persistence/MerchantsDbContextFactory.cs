using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace PaymentGateway.Merchants.Persistence;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without starting the host.</summary>
internal sealed class MerchantsDbContextFactory : IDesignTimeDbContextFactory<MerchantsDbContext>
{
    public MerchantsDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<MerchantsDbContext>()
            .UseNpgsql("Host=localhost", npgsql => npgsql.MigrationsHistoryTable("__EFMigrationsHistory", MerchantsDbContext.Schema))
            .UseSnakeCaseNamingConvention()
            .Options);
}
