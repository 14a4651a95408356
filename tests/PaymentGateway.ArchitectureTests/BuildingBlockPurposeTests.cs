using System.Reflection;
using NetArchTest.Rules;

namespace PaymentGateway.ArchitectureTests;

/// <summary>
/// The Opencharge building blocks hold the protocol alone (signing, canonical JSON, request authentication, response
/// signing, the error envelope); operators' sign-in, roles and paging live in <c>PaymentGateway.Operators</c>.
/// </summary>
public sealed class BuildingBlockPurposeTests
{
    private static readonly Assembly[] Opencharge =
    [
        typeof(PaymentGateway.Opencharge.OpenchargePublicKey).Assembly,
        typeof(PaymentGateway.Opencharge.AspNetCore.Errors.ErrorCodes).Assembly,
    ];

    private static readonly Assembly Operators = typeof(PaymentGateway.Operators.OperatorAccess).Assembly;

    [Fact]
    public void The_Opencharge_building_blocks_contain_no_operator_types()
    {
        var operatorTypes = Types.InAssemblies(Opencharge)
            .That().HaveNameStartingWith("Operator")
            .Or().HaveNameMatching("Basic(Credentials|Authentication)")
            .Or().HaveNameMatching("^(PasswordHashes|SignIn)")
            .Or().ResideInNamespaceContaining("Operator")
            .GetTypes()
            .Select(type => type.FullName);

        Assert.Empty(operatorTypes);
    }

    [Fact]
    public void The_Opencharge_building_blocks_do_not_depend_on_the_operators_block()
    {
        foreach (var assembly in Opencharge)
        {
            Assert.DoesNotContain(Operators.GetName().Name, assembly.GetReferencedAssemblies().Select(reference => reference.Name));
        }
    }
}
