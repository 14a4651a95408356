using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace PaymentGateway.ArchitectureTests;

/// <summary>
/// The Data Protection key ring serves every surface (the hosted page, the dashboard), so the host owns it, in a
/// schema of its own: no module's DbContext holds it.
/// </summary>
public sealed class KeyRingOwnershipTests
{
    private static readonly System.Reflection.Assembly Host = typeof(Program).Assembly;

    [Fact]
    public void Only_the_host_keeps_the_key_ring()
    {
        var keyRings = Modules.All.Select(module => module.Assembly).Append(Host)
            .SelectMany(assembly => assembly.GetTypes())
            .Where(type => !type.IsAbstract && typeof(IDataProtectionKeyContext).IsAssignableFrom(type))
            .ToList();

        var keyRing = Assert.Single(keyRings);
        Assert.Equal(Host, keyRing.Assembly);
    }

    [Fact]
    public void The_host_DbContext_maps_only_the_host_schema()
    {
        var factory = Host.GetTypes().Single(type => !type.IsAbstract && type.GetInterfaces()
            .Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IDesignTimeDbContextFactory<>)));
        using var context = (DbContext)factory.GetMethod("CreateDbContext")!
            .Invoke(Activator.CreateInstance(factory, nonPublic: true), [Array.Empty<string>()])!;

        var schemas = context.Model.GetEntityTypes().Select(entity => entity.GetSchema()).Distinct();

        Assert.Equal(["host"], schemas);
    }
}
