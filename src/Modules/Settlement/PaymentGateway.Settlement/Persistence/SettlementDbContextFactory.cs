using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace PaymentGateway.Settlement.Persistence;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without starting the host.</summary>
internal sealed class SettlementDbContextFactory : IDesignTimeDbContextFactory<SettlementDbContext>
{
    public SettlementDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SettlementDbContext>()
            .UseNpgsql("Host=localhost", npgsql => npgsql.MigrationsHistoryTable("__EFMigrationsHistory", SettlementDbContext.Schema))
            .UseSnakeCaseNamingConvention()
            .Options);
}
