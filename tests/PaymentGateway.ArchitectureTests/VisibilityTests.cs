using FastEndpoints;
using NetArchTest.Rules;

namespace PaymentGateway.ArchitectureTests;

/// <summary>A module shows the host its entry points and nothing else; its slices live under Features.</summary>
public sealed class VisibilityTests
{
    [Theory]
    [MemberData(nameof(Modules.Names), MemberType = typeof(Modules))]
    public void A_module_exposes_only_static_entry_points_in_its_root_namespace(string name)
    {
        var module = Modules.Named(name);

        var exposed = module.Assembly.GetExportedTypes()
            .Where(type => !(type.IsAbstract && type.IsSealed && type.Namespace == module.RootNamespace))
            .Select(type => type.FullName)
            .ToList();

        // `dotnet ef migrations add` writes `public partial class`: make a new migration internal (EF finds it all the same).
        Assert.True(exposed.Count == 0, $"{module} exposes {string.Join(", ", exposed)}");
    }

    [Theory]
    [MemberData(nameof(Modules.Names), MemberType = typeof(Modules))]
    public void Endpoints_are_sealed_internal_slices_under_Features(string name)
    {
        var module = Modules.Named(name);

        var result = Types.InAssembly(module.Assembly)
            .That().Inherit(typeof(BaseEndpoint))
            .Should().BeSealed()
            .And().NotBePublic()
            .And().ResideInNamespaceStartingWith($"{module.RootNamespace}.Features.")
            .GetResult();

        Assert.True(result.IsSuccessful, $"Endpoints outside the rule: {TypeNames.Failing(result)}");
    }
}
