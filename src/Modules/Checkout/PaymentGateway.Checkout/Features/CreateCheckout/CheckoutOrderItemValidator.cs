using System.Text.RegularExpressions;
using FluentValidation;
using PaymentGateway.Opencharge.AspNetCore.Requests;

namespace PaymentGateway.Checkout.Features.CreateCheckout;

/// <summary>An order line as the checkout page shows it.</summary>
internal sealed partial class CheckoutOrderItemValidator : SynchronousValidator<CheckoutOrderItem>
{
    public CheckoutOrderItemValidator()
    {
        RuleFor(i => i.Id).Cascade(CascadeMode.Stop).NotNull().WithMessage(CreateCheckoutValidator.Required).NoControlCharacters();
        RuleFor(i => i.Name).Cascade(CascadeMode.Stop).NotNull().WithMessage(CreateCheckoutValidator.Required).NoControlCharacters(allowLineBreaks: true);
        RuleFor(i => i.Price).Cascade(CascadeMode.Stop)
            .NotNull().WithMessage(CreateCheckoutValidator.Required)
            .Matches(DecimalPattern()).WithMessage("must be a decimal string");
        RuleFor(i => i.Quantity)
            .Must(quantity => quantity is { } count && double.IsFinite(count) && count > 0).WithMessage("must be a positive finite number");
    }

    [GeneratedRegex("^(0|[1-9][0-9]*)(\\.[0-9]+)?$")]
    private static partial Regex DecimalPattern();
}
