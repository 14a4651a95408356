using FluentValidation;

namespace PaymentGateway.Operators.Api;

/// <summary>A window's start is not after its end. Included by the validators of requests that carry one.</summary>
public sealed class TimeWindowRules : AbstractValidator<ITimeWindow>
{
    public TimeWindowRules()
    {
        RuleFor(request => request.From)
            .Must((request, from) => from is null || request.To is null || from.Value.Value <= request.To.Value.Value)
            .WithMessage("must not be after 'to'");
    }
}
