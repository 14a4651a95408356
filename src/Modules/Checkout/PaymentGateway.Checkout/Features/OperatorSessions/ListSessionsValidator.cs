using FastEndpoints;
using FluentValidation;
using PaymentGateway.Checkout.Persistence;
using PaymentGateway.Operators.Api;

namespace PaymentGateway.Checkout.Features.OperatorSessions;

internal sealed class ListSessionsValidator : Validator<ListSessionsRequest>
{
    private static readonly string[] Statuses = [SessionStatus.Pending, SessionStatus.Charging, SessionStatus.Completed, SessionStatus.Expired, SessionStatus.Cancelled];

    public ListSessionsValidator()
    {
        Include(new OperatorListRules());
        RuleFor(request => request.Status).Must(status => status is null || Statuses.Contains(status))
            .WithMessage($"must be one of {string.Join(", ", Statuses)}");
    }
}
