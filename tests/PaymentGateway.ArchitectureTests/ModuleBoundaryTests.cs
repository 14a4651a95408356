using NetArchTest.Rules;

namespace PaymentGateway.ArchitectureTests;

/// <summary>A module reaches another only through that module's contracts; building blocks know no module.</summary>
public sealed class ModuleBoundaryTests
{
    [Theory]
    [MemberData(nameof(Modules.Names), MemberType = typeof(Modules))]
    public void A_module_uses_another_module_only_through_its_contracts(string name)
    {
        var module = Modules.Named(name);
        foreach (var other in Modules.Others(module))
        {
            var referenced = module.Assembly.GetReferencedAssemblies().Select(reference => reference.Name);
            Assert.DoesNotContain(other.Assembly.GetName().Name, referenced);

            var result = Types.InAssembly(module.Assembly)
                .ShouldNot().HaveDependencyOnAny(TypeNames.TopLevel(other.Assembly))
                .GetResult();
            Assert.True(result.IsSuccessful, $"{module} uses {other}'s internals: {TypeNames.Failing(result)}");
        }
    }

    [Fact]
    public void Building_blocks_reference_no_module()
    {
        var moduleNamespaces = Modules.All.Select(module => module.RootNamespace).ToArray();
        foreach (var buildingBlock in Modules.BuildingBlocks)
        {
            var result = Types.InAssembly(buildingBlock)
                .ShouldNot().HaveDependencyOnAny(moduleNamespaces)
                .GetResult();
            Assert.True(result.IsSuccessful, $"{buildingBlock.GetName().Name} depends on a module: {TypeNames.Failing(result)}");
        }
    }

    [Theory]
    [MemberData(nameof(Modules.Names), MemberType = typeof(Modules))]
    public void Contracts_depend_on_nothing_heavier_than_the_protocol_core_and_the_event_abstraction(string name)
    {
        var contracts = Modules.Named(name).Contracts;
        string[] allowed = ["PaymentGateway.IntegrationEvents", "PaymentGateway.Opencharge"];

        var heavy = contracts.GetReferencedAssemblies()
            .Select(reference => reference.Name!)
            .Where(reference => !IsFramework(reference) && !allowed.Contains(reference));

        Assert.Empty(heavy);
    }

    [Fact]
    public void The_integration_event_abstraction_depends_on_the_framework_alone()
    {
        var assembly = typeof(IntegrationEvents.IIntegrationEvent).Assembly;

        Assert.All(assembly.GetReferencedAssemblies(), reference => Assert.True(IsFramework(reference.Name!), reference.Name));
    }

    private static bool IsFramework(string assembly) =>
        assembly is "System" or "netstandard" or "mscorlib" || assembly.StartsWith("System.", StringComparison.Ordinal);
}
