using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace PaymentGateway.Modularity.Persistence;

internal sealed class ModuleMigrator<TContext>(IServiceScopeFactory scopes, string schema) : IModuleMigrator
    where TContext : DbContext
{
    public string Schema { get; } = schema;

    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<TContext>();
        await context.Database.MigrateAsync(cancellationToken);
    }
}
