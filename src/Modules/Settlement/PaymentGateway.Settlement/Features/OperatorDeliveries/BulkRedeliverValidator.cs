using FastEndpoints;
using FluentValidation;
using PaymentGateway.Operators.Api;

namespace PaymentGateway.Settlement.Features.OperatorDeliveries;

/// <summary>At least one filter, so nobody resends everything by accident.</summary>
internal sealed class BulkRedeliverValidator : Validator<BulkRedeliverRequest>
{
    public BulkRedeliverValidator()
    {
        RuleFor(request => request.Ocid).GreaterThan(0).WithMessage("must be a positive integer OCID");
        Include(new TimeWindowRules());
        RuleFor(request => request)
            .Must(request => request.Ocid is not null || request.From is not null || request.To is not null)
            .OverridePropertyName("filter").WithMessage("give at least one of ocid, from, to");
    }
}
