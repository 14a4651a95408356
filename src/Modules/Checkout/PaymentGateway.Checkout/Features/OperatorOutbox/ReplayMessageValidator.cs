using FastEndpoints;
using FluentValidation;

namespace PaymentGateway.Checkout.Features.OperatorOutbox;

internal sealed class ReplayMessageValidator : Validator<ReplayMessageRequest>
{
    public ReplayMessageValidator() =>
        RuleFor(request => request.Id).NotEqual(Guid.Empty).WithMessage("must be a message id such as 3f2504e0-4f89-11d3-9a0c-0305e82c3301");
}
