using System.Reflection;
using System.Runtime.CompilerServices;

namespace PaymentGateway.ArchitectureTests;

internal static class TypeNames
{
    /// <summary>
    /// Full names of an assembly's own top-level types. NetArchTest matches dependencies by name prefix, so a type
    /// name also covers its nested types, and naming types rather than namespaces keeps <c>PaymentGateway.X</c>
    /// from also matching <c>PaymentGateway.X.Contracts</c>.
    /// </summary>
    public static string[] TopLevel(Assembly assembly) =>
        assembly.GetTypes()
            .Where(type => !type.IsNested && type.FullName is not null && type.GetCustomAttribute<CompilerGeneratedAttribute>() is null)
            .Where(type => !type.FullName!.Contains('<', StringComparison.Ordinal))
            .Select(type => type.FullName!)
            .ToArray();

    public static string Failing(NetArchTest.Rules.TestResult result) =>
        string.Join(", ", result.FailingTypeNames ?? []);
}
