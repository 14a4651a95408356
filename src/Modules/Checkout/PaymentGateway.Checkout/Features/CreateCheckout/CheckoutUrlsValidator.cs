using FluentValidation;
using Microsoft.Extensions.DependencyInjection;

namespace PaymentGateway.Checkout.Features.CreateCheckout;

/// <summary>
/// Each return URL given must be one the customer can be redirected to (<see cref="RedirectUrl"/>, as parsed by
/// <see cref="CreateCheckoutRequestBinder"/>).
/// </summary>
internal sealed class CheckoutUrlsValidator : AbstractValidator<CheckoutUrls>
{
    /// <summary>
    /// The production rules (https only). FastEndpoints creates child validators through their parameterless
    /// constructor to put their rules in the OpenAPI document; requests are judged by the instance
    /// <see cref="CreateCheckoutValidator"/> builds with the configured setting.
    /// </summary>
    [ActivatorUtilitiesConstructor]
    public CheckoutUrlsValidator()
        : this(allowHttp: false)
    {
    }

    /// <param name="allowHttp">
    /// Whether plain http return URLs are accepted (development only): the binder parsed them in this mode, and the
    /// message says which URLs it takes.
    /// </param>
    public CheckoutUrlsValidator(bool allowHttp)
    {
        var problem = (allowHttp ? "must be an absolute http or https URL" : "must be an absolute https URL")
                      + $" without user info or control characters, at most {RedirectUrl.MaxLength} characters once encoded";
        // The binder parsed each URL given, in the same mode: a field given whose parse is null is not one.
        RuleFor(u => u.Success).Must((u, url) => url is null || u.ParsedSuccess is not null).WithMessage(problem);
        RuleFor(u => u.Cancel).Must((u, url) => url is null || u.ParsedCancel is not null).WithMessage(problem);
        RuleFor(u => u.Completed).Must((u, url) => url is null || u.ParsedCompleted is not null).WithMessage(problem);
        RuleFor(u => u.Cancelled).Must((u, url) => url is null || u.ParsedCancelled is not null).WithMessage(problem);
    }
}
