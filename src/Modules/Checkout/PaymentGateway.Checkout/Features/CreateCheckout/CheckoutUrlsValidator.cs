using FluentValidation;
using Microsoft.Extensions.DependencyInjection;

namespace PaymentGateway.Checkout.Features.CreateCheckout;

/// <summary>Each return URL given must be one the customer can be redirected to (<see cref="RedirectUrl"/>).</summary>
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

    /// <param name="allowHttp">Whether plain http return URLs are accepted (development only).</param>
    public CheckoutUrlsValidator(bool allowHttp)
    {
        var problem = (allowHttp ? "must be an absolute http or https URL" : "must be an absolute https URL")
                      + $" without user info or control characters, at most {RedirectUrl.MaxLength} characters once encoded";
        RuleFor(u => u.Success).Must(url => IsRedirectable(url, allowHttp)).WithMessage(problem);
        RuleFor(u => u.Cancel).Must(url => IsRedirectable(url, allowHttp)).WithMessage(problem);
        RuleFor(u => u.Completed).Must(url => IsRedirectable(url, allowHttp)).WithMessage(problem);
        RuleFor(u => u.Cancelled).Must(url => IsRedirectable(url, allowHttp)).WithMessage(problem);
    }

    private static bool IsRedirectable(string? url, bool allowHttp) => url is null || RedirectUrl.Parse(url, allowHttp) is not null;
}
