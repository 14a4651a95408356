using FastEndpoints;
using FluentValidation;
using PaymentGateway.Operators.Api;
using PaymentGateway.Settlement.Persistence;

namespace PaymentGateway.Settlement.Features.OperatorDeliveries;

internal sealed class ListDeliveriesValidator : Validator<ListDeliveriesRequest>
{
    private static readonly string[] States = [DeliveryStates.Pending, DeliveryStates.Delivered, DeliveryStates.Rejected, DeliveryStates.Dead];

    public ListDeliveriesValidator()
    {
        Include(new OperatorListRules());
        RuleFor(request => request.State).Must(state => state is null || States.Contains(state))
            .WithMessage($"must be one of {string.Join(", ", States)}");
        RuleFor(request => request.Ocid).GreaterThan(0).WithMessage("must be a positive integer OCID");
    }
}
