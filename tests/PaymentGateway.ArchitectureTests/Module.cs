using System.Reflection;

namespace PaymentGateway.ArchitectureTests;

/// <summary>One module of the monolith: its own assembly, its contracts, its schema and its source folder.</summary>
public sealed record Module(string Name, Assembly Assembly, Assembly Contracts, string Schema)
{
    public string RootNamespace => $"PaymentGateway.{Name}";

    public string ContractsNamespace => $"PaymentGateway.{Name}.Contracts";

    public string SourceFolder => Path.Combine(Repository.Root, "src", "Modules", Name, $"PaymentGateway.{Name}");

    public override string ToString() => Name;
}
