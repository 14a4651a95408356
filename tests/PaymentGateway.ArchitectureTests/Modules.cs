using PaymentGateway.Checkout;
using PaymentGateway.Checkout.Contracts;
using PaymentGateway.Merchants;
using PaymentGateway.Merchants.Contracts;
using PaymentGateway.Settlement;
using PaymentGateway.Settlement.Contracts;

namespace PaymentGateway.ArchitectureTests;

/// <summary>The modules and building blocks, found from a public type of each (their entry points and contracts).</summary>
public static class Modules
{
    public static readonly IReadOnlyList<Module> All =
    [
        new("Checkout", typeof(CheckoutModule).Assembly, typeof(CheckoutCompleted).Assembly, "checkout"),
        new("Merchants", typeof(MerchantsModule).Assembly, typeof(IPartnerDirectory).Assembly, "merchants"),
        new("Settlement", typeof(SettlementModule).Assembly, typeof(ISettlementQueries).Assembly, "settlement"),
    ];

    public static readonly IReadOnlyList<System.Reflection.Assembly> BuildingBlocks =
    [
        typeof(PaymentGateway.Opencharge.OpenchargePublicKey).Assembly,
        typeof(PaymentGateway.Opencharge.AspNetCore.Errors.ErrorCodes).Assembly,
        typeof(PaymentGateway.Operators.OperatorAccess).Assembly,
        typeof(PaymentGateway.Modularity.Messaging.IIntegrationEventHandler<>).Assembly,
        typeof(PaymentGateway.IntegrationEvents.IIntegrationEvent).Assembly,
    ];

    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var module in All)
        {
            data.Add(module.Name);
        }

        return data;
    }

    public static Module Named(string name) => All.Single(module => module.Name == name);

    public static IEnumerable<Module> Others(Module module) => All.Where(other => other != module);
}
