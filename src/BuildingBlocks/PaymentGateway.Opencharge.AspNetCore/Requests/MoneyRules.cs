using FluentValidation;
using PaymentGateway.Opencharge.Amounts;

namespace PaymentGateway.Opencharge.AspNetCore.Requests;

/// <summary>
/// Rules for an amount and its currency that the request's binder has already parsed together (<see cref="Money"/>,
/// once, next to their text): they word what that parse found, they do not parse again, so the validator and the
/// handler cannot judge the same text differently.
/// </summary>
public static class MoneyRules
{
    /// <summary>Fails with the parse's <see cref="MoneyParseResult.AmountError"/> when it has one.</summary>
    public static IRuleBuilderOptions<T, string?> AmountAsParsed<T>(this IRuleBuilder<T, string?> rule, Func<T, MoneyParseResult> parsed) =>
        rule.Must((request, _) => parsed(request).AmountError is null).WithMessage(request => parsed(request).AmountError);

    /// <summary>Fails with the parse's <see cref="MoneyParseResult.CurrencyError"/> when it has one.</summary>
    public static IRuleBuilderOptions<T, string?> CurrencyAsParsed<T>(this IRuleBuilder<T, string?> rule, Func<T, MoneyParseResult> parsed) =>
        rule.Must((request, _) => parsed(request).CurrencyError is null).WithMessage(request => parsed(request).CurrencyError);
}
