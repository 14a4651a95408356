using FastEndpoints;
using FluentValidation;
using PaymentGateway.Opencharge.Amounts;
using PaymentGateway.Operators.Api;

namespace PaymentGateway.Settlement.Features.OperatorLedger;

internal sealed class StatementValidator : Validator<StatementRequest>
{
    public StatementValidator()
    {
        RuleFor(request => request.Ocid).GreaterThan(0).WithMessage("must be a positive integer OCID");
        RuleFor(request => request.Currency)
            .Must(currency => currency.Length > 0 && Money.Parse(null, currency).CurrencyError is null)
            .WithMessage("is required: 3 to 10 uppercase letters or digits");
        Include(new TimeWindowRules());
    }
}
