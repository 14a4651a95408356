using FluentValidation;
using PaymentGateway.Opencharge.AspNetCore.Requests;

namespace PaymentGateway.Checkout.Features.CreateCheckout;

/// <summary>An order's fields: ids and times in range, and amount and currency by the protocol's one money grammar.</summary>
internal sealed class CheckoutOrderValidator : SynchronousValidator<CheckoutOrder>
{
    private const int MaxIdLength = 200;

    /// <summary>The last second of year 9999: the furthest a date (and so an expiry) can go.</summary>
    private const long MaxUnixSeconds = 253402300799;

    private const string UnixSecondsProblem = "must be Unix seconds from 0 to 253402300799 (the end of year 9999)";

    public CheckoutOrderValidator()
    {
        RuleFor(o => o.Id).Cascade(CascadeMode.Stop)
            .NotNull().WithMessage(CreateCheckoutValidator.Required)
            .NoControlCharacters()
            .Length(1, MaxIdLength).WithMessage($"must be 1 to {MaxIdLength} characters");
        RuleFor(o => o.Ocid).NotNull().WithMessage(CreateCheckoutValidator.Required);
        // Only what the ledger can book exactly gets in; each of the two fields is judged, so both can be named. They
        // were parsed together by the binder (ParsedMoney): these rules say what that parse found, they do not parse again.
        RuleFor(o => o.Amount).Cascade(CascadeMode.Stop)
            .NotNull().WithMessage(CreateCheckoutValidator.Required)
            .AmountAsParsed(o => o.ParsedMoney);
        RuleFor(o => o.Currency).Cascade(CascadeMode.Stop)
            .NotNull().WithMessage(CreateCheckoutValidator.Required)
            .CurrencyAsParsed(o => o.ParsedMoney);
        RuleFor(o => o.CreatedAt).Cascade(CascadeMode.Stop)
            .NotNull().WithMessage(CreateCheckoutValidator.Required)
            .InclusiveBetween(0, MaxUnixSeconds).WithMessage(UnixSecondsProblem);
        RuleFor(o => o.ExpiresAt).InclusiveBetween(0, MaxUnixSeconds).WithMessage(UnixSecondsProblem);
        RuleFor(o => o.Reference).NoControlCharacters(allowLineBreaks: true);
        RuleFor(o => o.Memo).NoControlCharacters(allowLineBreaks: true);
        RuleForEach(o => o.Items).SetValidator(new CheckoutOrderItemValidator()!);
    }
}
