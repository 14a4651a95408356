using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using NetArchTest.Rules;

namespace PaymentGateway.ArchitectureTests;

/// <summary>Each module owns its schema: its DbContext maps only that schema, and nothing else touches its tables.</summary>
public sealed class PersistenceOwnershipTests
{
    [Theory]
    [MemberData(nameof(Modules.Names), MemberType = typeof(Modules))]
    public void A_module_DbContext_maps_only_its_own_schema(string name)
    {
        var module = Modules.Named(name);
        using var context = CreateContext(module);

        var foreign = context.Model.GetEntityTypes()
            .Where(entity => entity.GetTableName() is not null && entity.GetSchema() != module.Schema)
            .Select(entity => $"{entity.GetSchema()}.{entity.GetTableName()}");

        Assert.Empty(foreign);
    }

    [Theory]
    [MemberData(nameof(Modules.Names), MemberType = typeof(Modules))]
    public void Only_its_module_uses_a_module_DbContext(string name)
    {
        var module = Modules.Named(name);
        var contextType = ContextType(module);
        var elsewhere = Modules.Others(module).Select(other => other.Assembly)
            .Concat(Modules.BuildingBlocks)
            .Append(typeof(Program).Assembly);

        var result = Types.InAssemblies(elsewhere).ShouldNot().HaveDependencyOn(contextType.FullName).GetResult();

        Assert.True(result.IsSuccessful, $"{contextType.Name} is used outside {module}: {TypeNames.Failing(result)}");
    }

    [Theory]
    [MemberData(nameof(Modules.Names), MemberType = typeof(Modules))]
    public void No_other_module_names_a_module_table_in_its_sql(string name)
    {
        var module = Modules.Named(name);
        using var context = CreateContext(module);
        var tables = context.Model.GetEntityTypes().Select(entity => entity.GetTableName()).OfType<string>().Distinct();
        var pattern = new Regex($@"\b{module.Schema}\s*\.\s*""?({string.Join('|', tables)})\b");

        var offenders = Modules.Others(module)
            .SelectMany(other => Directory.EnumerateFiles(other.SourceFolder, "*.cs", SearchOption.AllDirectories))
            .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}Migrations{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(file => pattern.IsMatch(File.ReadAllText(file)))
            .Select(file => Path.GetRelativePath(Repository.Root, file));

        Assert.Empty(offenders);
    }

    private static Type ContextType(Module module) =>
        module.Assembly.GetTypes().Single(type => typeof(DbContext).IsAssignableFrom(type) && !type.IsAbstract);

    // The design-time factory builds the model exactly as the host does, without opening a connection.
    private static DbContext CreateContext(Module module)
    {
        var factory = module.Assembly.GetTypes().Single(type => !type.IsAbstract && type.GetInterfaces()
            .Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IDesignTimeDbContextFactory<>)));
        var instance = Activator.CreateInstance(factory, nonPublic: true)!;
        return (DbContext)factory.GetMethod("CreateDbContext")!.Invoke(instance, [Array.Empty<string>()])!;
    }
}
