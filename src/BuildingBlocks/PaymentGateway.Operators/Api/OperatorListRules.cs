using FluentValidation;

namespace PaymentGateway.Operators.Api;

/// <summary>The paging and window rules of every operator listing; a listing's validator includes them.</summary>
public sealed class OperatorListRules : AbstractValidator<OperatorListRequest>
{
    public OperatorListRules()
    {
        RuleFor(request => request.Page).InclusiveBetween(1, OperatorListRequest.MaxPage)
            .WithMessage($"must be an integer from 1 to {OperatorListRequest.MaxPage}");
        RuleFor(request => request.PageSize).InclusiveBetween(1, OperatorListRequest.MaxPageSize)
            .WithMessage($"must be an integer from 1 to {OperatorListRequest.MaxPageSize}");
        Include(new TimeWindowRules());
    }
}
